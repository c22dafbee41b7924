import { launchChromium } from './support/chromium';
import { noHarmScenario } from './support/no-harm-scenarios';

noHarmScenario('chromium', () => launchChromium());
