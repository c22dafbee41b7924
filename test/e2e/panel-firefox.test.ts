import { launchFirefox } from './support/firefox';
import { panelScenarios } from './support/panel-scenarios';

panelScenarios('firefox', launchFirefox);
