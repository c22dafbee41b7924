import { launchFirefox } from './support/firefox';
import { germanScenario, optionsScenarios } from './support/options-scenarios';

optionsScenarios({ name: 'firefox', launch: launchFirefox });
germanScenario({ name: 'firefox', launch: launchFirefox });
