import { launchFirefox } from './support/firefox';
import { readAloudScenarios } from './support/read-aloud-scenarios';

readAloudScenarios('firefox', launchFirefox);
