import { launchChromium } from './support/chromium';
import { readAloudScenarios } from './support/read-aloud-scenarios';

readAloudScenarios('chromium', () => launchChromium());
