import { launchChromium } from './support/chromium';
import { hardeningScenarios } from './support/hardening-scenarios';

hardeningScenarios('chromium', () => launchChromium());
