import { launchChromium } from './support/chromium';
import { comfortScenarios } from './support/comfort-scenarios';

comfortScenarios('chromium', () => launchChromium());
