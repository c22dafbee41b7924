import { launchChromium } from './support/chromium';
import { layoutScenarios } from './support/layout-scenarios';

layoutScenarios('chromium', () => launchChromium());
