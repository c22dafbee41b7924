import { launchChromium } from './support/chromium';
import { panelScenarios } from './support/panel-scenarios';

panelScenarios('chromium', () => launchChromium());
