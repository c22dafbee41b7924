import { launchChromium } from './support/chromium';
import { tabChangeScenarios } from './support/tab-change-scenarios';

tabChangeScenarios({ name: 'chromium', launch: launchChromium });
