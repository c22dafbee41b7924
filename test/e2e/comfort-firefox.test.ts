import { comfortScenarios } from './support/comfort-scenarios';
import { launchFirefox } from './support/firefox';

comfortScenarios('firefox', launchFirefox);
