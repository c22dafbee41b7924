import { launchFirefox } from './support/firefox';
import { extensionScenarios } from './support/scenarios';

extensionScenarios({ name: 'firefox', launch: launchFirefox, restrictedUrl: 'about:robots' });
