import { launchChromium } from './support/chromium';
import { germanScenario, optionsScenarios } from './support/options-scenarios';

optionsScenarios({ name: 'chromium', launch: launchChromium });
germanScenario({ name: 'chromium', launch: launchChromium });
