import { launchChromium } from './support/chromium';
import { readerScenarios } from './support/reader-scenarios';

readerScenarios({ name: 'chromium', launch: launchChromium });
