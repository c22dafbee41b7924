// The content script's lazy parts in one classic script, run before the start-up script, only on the hosts of
// the built-in list (the manifest's first content script, its matches derived from engine/data/hosts.ts in
// vite.config.ts). There the page is cleaned whatever it holds, and importing the parts by URL after it was
// parsed kept the clean waiting for them: 60-120 ms in Chromium and 170-350 ms in Firefox on the fixtures, while
// the browser drew the page. Here they are compiled with the page's first bytes and taken at once (lazy.ts).
// Extraction stays lazy: only the popup asks for it.

import * as clean from '../../engine/cleaning';
import * as rules from '../../engine/cleaning/rules';
import * as detect from '../../engine/detection';
import { UNREAD_DETECTION } from './clean-preview';
import { provideParts } from './lazy';
import * as page from './page';
import * as visibility from './visibility';
import { warmUp } from './warm-up';

provideParts({ detect, clean, rules, visibility, page });
warmUp(document, (doc) => clean.cleanSteps(doc, { force: true, detection: UNREAD_DETECTION }));
