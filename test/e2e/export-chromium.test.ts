import { launchChromium } from './support/chromium';
import { exportScenarios } from './support/export-scenarios';

exportScenarios({ name: 'chromium', launch: launchChromium });
