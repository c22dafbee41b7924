import { launchChromium } from './support/chromium';
import { flashScenarios } from './support/flash-scenarios';

flashScenarios('chromium', () => launchChromium());
