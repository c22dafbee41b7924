import { launchFirefox } from './support/firefox';
import { flashScenarios } from './support/flash-scenarios';

flashScenarios('firefox', () => launchFirefox());
