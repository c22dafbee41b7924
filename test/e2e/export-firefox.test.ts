import { exportScenarios } from './support/export-scenarios';
import { launchFirefox } from './support/firefox';

exportScenarios({ name: 'firefox', launch: launchFirefox });
