// The start-up script's first moments on a page: whether its host is one the extension knows, and, there, the
// copies held from the page's first bytes (held-copies.ts) and the cleaning code loading while it is parsed.
import { knownHost } from '../../engine/detection/signals/known-host';
import type { Settings } from '../shared/settings';
import { shouldAutoClean } from '../shared/site-policy';
import type { CopyHold } from './held-copies';
import { holdPreview, watchPainting } from './held-preview';
import { holdWhileParsing } from './hold-while-parsing';
import { EAGER_MAX_ELEMENTS } from './slices';

export interface EarlyStart {
  settings: Settings;
  /** The host is in the built-in list or the reader's extra hosts: the page is cleaned without the gate. */
  known: boolean;
  /** Copies held while the page is parsed; none where the page will not be cleaned whatever it holds. */
  hold: CopyHold | undefined;
}

/**
 * On a host of the built-in list the hold and the code's loading start before the settings are read: those
 * arrive 15-65 ms later while the browser loads the page, when it may have painted the copies already. The
 * settings only say whether the reader cleans this site; if not, the hold is lifted (the rare case that pays).
 * On a host the reader added they start once the settings name it; elsewhere nothing starts here, so an
 * ordinary page never pays for it.
 */
export async function startEarly(
  doc: Document,
  readSettings: () => Promise<Settings>,
  preload: () => void,
): Promise<EarlyStart> {
  const url = doc.location?.href ?? null;
  const builtIn = knownHost(url, []) !== null;
  const holdFrom = () => {
    const painted = watchPainting(doc);
    return holdWhileParsing(doc, EAGER_MAX_ELEMENTS, (held, since) => holdPreview(doc, held, since, painted));
  };
  let hold = builtIn ? holdFrom() : undefined;
  if (builtIn) preload();
  const settings = await readSettings();
  const known = builtIn || knownHost(url, settings.extraHosts) !== null;
  if (known && !builtIn) preload();
  if (known && shouldAutoClean(settings, doc.location?.hostname ?? '', true)) hold ??= holdFrom();
  else {
    hold?.lift();
    hold = undefined;
  }
  return { settings, known, hold };
}
