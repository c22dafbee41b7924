import { launchChromium } from './support/chromium';
import { extensionScenarios } from './support/scenarios';

extensionScenarios({ name: 'chromium', launch: launchChromium, restrictedUrl: 'chrome://version/' });
