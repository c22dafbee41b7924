import { launchFirefox } from './support/firefox';
import { layoutScenarios } from './support/layout-scenarios';

layoutScenarios('firefox', () => launchFirefox());
