import { launchFirefox } from './support/firefox';
import { noHarmScenario } from './support/no-harm-scenarios';

noHarmScenario('firefox', () => launchFirefox());
