import { launchChromium } from './support/chromium';
import { widthScenarios } from './support/width-scenarios';

widthScenarios('chromium', () => launchChromium());
