// The content script's lazy part for a page that may be cleaned, or that the popup asks about: the page's state,
// its cleaner and its answers. The start-up script (index.ts) loads it; an ordinary page nobody asks about
// never does.
import { isContentMessage } from '../../shared/message-guards';
import { createListener } from '../../shared/router';
import type { Settings } from '../../shared/settings';
import type { CopyHold } from '../held-copies';
import type { WorkMeter } from '../meter';
import { contentHandlers } from './handlers';
import { type Checked, Page } from './page';
import { createCountReporter } from './report';

export type { Checked } from './page';

export interface Started {
  page: Page;
  /** The page's answers to the popup, the options page and the background. */
  answer: ReturnType<typeof createListener>;
}

/**
 * Takes the page over from the start-up script: its detection, its clean if the settings ask for one, and its
 * answers. `hold`: copies held since the parser added them (a known host); the verdicts read already.
 */
export function startPage(
  doc: Document,
  settings: Settings,
  meter: WorkMeter,
  runtimeId: string,
  { hold, ...checked }: Checked & { hold?: CopyHold | undefined },
): Started {
  const page = new Page(doc, settings, createCountReporter(), undefined, meter);
  void page.start(hold, checked);
  return { page, answer: createListener(contentHandlers(page), isContentMessage, runtimeId) };
}
