import { launchFirefox } from './support/firefox';
import { sizeScenarios } from './support/size-scenarios';

sizeScenarios('firefox', () => launchFirefox());
