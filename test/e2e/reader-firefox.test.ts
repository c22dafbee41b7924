import { launchFirefox } from './support/firefox';
import { readerScenarios } from './support/reader-scenarios';

readerScenarios({ name: 'firefox', launch: launchFirefox });
