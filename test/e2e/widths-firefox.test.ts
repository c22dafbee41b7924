import { launchFirefox } from './support/firefox';
import { widthScenarios } from './support/width-scenarios';

widthScenarios('firefox', () => launchFirefox());
