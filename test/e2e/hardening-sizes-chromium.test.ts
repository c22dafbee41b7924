import { launchChromium } from './support/chromium';
import { sizeScenarios } from './support/size-scenarios';

sizeScenarios('chromium', () => launchChromium());
