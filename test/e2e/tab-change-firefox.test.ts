import { launchFirefox } from './support/firefox';
import { tabChangeScenarios } from './support/tab-change-scenarios';

tabChangeScenarios({ name: 'firefox', launch: launchFirefox });
