import { launchFirefox } from './support/firefox';
import { optionsScenarios } from './support/options-scenarios';

// No German UI test here: Firefox ESR only switches an extension to German when a German language pack is
// installed (intl.locale.requested is negotiated against installed locales), and none is available offline.
optionsScenarios({ name: 'firefox', launch: launchFirefox });
