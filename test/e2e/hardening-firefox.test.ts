import { launchFirefox } from './support/firefox';
import { hardeningScenarios } from './support/hardening-scenarios';

hardeningScenarios('firefox', launchFirefox);
