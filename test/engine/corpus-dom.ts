// Reading saved real pages with the test environment's DOM (jsdom or happy-dom), hundreds per run.
//
// Costs of the DOM libraries themselves, not of the engine, are kept out:
// - Both run the HTML "selectedness" algorithm over every option of a <select> each time an <option> is
//   inserted or removed, so parsing is quadratic in a select's options: a blog archive's category menu of
//   21,000 options takes 100 s to parse in jsdom and over 10 minutes in happy-dom. While a page is parsed
//   (or let go) that bookkeeping is deferred, and run once per <select> afterwards. The Document built is the
//   same, node for node; the engine never reads which option is selected.
// - happy-dom keeps each parsed Document alive, with its whole tree, until its root element leaves it
//   (12 MB a page: a few hundred pages exhaust the heap). releasePage() detaches it.
// - happy-dom tries to load what a page preloads from the network, and reports each frame it does not load
//   on the console (a line and a stack per frame: thousands of lines for the corpus). Here requests get an
//   empty 404 without the network, and frames an empty window of their own, never navigated.
import { createRequire } from 'node:module';
import { parse } from './helpers';

const require = createRequire(import.meta.url);

interface HappyDom {
  settings: {
    enableIframePageLoading: boolean;
    disableIframePageLoading: boolean;
    navigation: { disableChildFrameNavigation: boolean };
    fetch: { interceptor: unknown };
  };
}
const happyDom = (globalThis as { happyDOM?: HappyDom }).happyDOM;
if (happyDom) {
  const { settings } = happyDom;
  settings.fetch.interceptor = { beforeAsyncRequest: async () => new Response('', { status: 404 }) };
  // A frame is given its own empty window and never navigated: nothing to report, nothing fetched.
  settings.disableIframePageLoading = false;
  settings.enableIframePageLoading = true;
  settings.navigation.disableChildFrameNavigation = true;
}

/** The page as the environment's DOM parses it. */
export function parsePage(html: string): Document {
  const doc = deferringSelectedness(() => parse(html));
  for (const select of doc.querySelectorAll('select')) selectedness.settle(select);
  return doc;
}

/**
 * Lets the environment's DOM library forget a page it would otherwise keep. Taking the options out of a
 * select runs the selectedness algorithm per option too: it is deferred, and never run, for a page let go.
 */
export function releasePage(doc: Document): void {
  deferringSelectedness(() => doc.documentElement?.remove());
}

/** A turn of the event loop: happy-dom finishes letting go of a released page in tasks of its own. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The changes `run` makes to the page, as "type target" lines: recorded as they happen, which is cheaper
 * than serialising the page before and after, and as strict (any node, attribute or text changed).
 */
export function changesMadeBy<T>(doc: Document, run: () => T): { result: T; changes: string[] } {
  const observer = new MutationObserver(() => {});
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    const result = run();
    return {
      result,
      changes: observer.takeRecords().map((record) => `${record.type} ${record.target.nodeName}`),
    };
  } finally {
    observer.disconnect();
  }
}

type Method = (this: unknown, ...args: unknown[]) => void;

/** The HTML selectedness algorithm of the environment's DOM library: deferred while `work` runs, or run. */
interface Selectedness {
  /** Makes the algorithm do nothing until the returned function is called. */
  defer(): () => void;
  /** Runs it once for a select built while it was deferred. */
  settle(select: HTMLSelectElement): void;
}

const selectedness: Selectedness = happyDom ? happyDomSelectedness() : jsdomSelectedness();

function deferringSelectedness<T>(work: () => T): T {
  const restore = selectedness.defer();
  try {
    return work();
  } finally {
    restore();
  }
}

function jsdomSelectedness(): Selectedness {
  const impl = require('jsdom/lib/jsdom/living/nodes/HTMLSelectElement-impl.js').implementation.prototype;
  const { implForWrapper } = require('jsdom/lib/generated/idl/utils.js');
  const reset: Method = impl._askedForAReset;
  return {
    defer() {
      impl._askedForAReset = () => {};
      return () => {
        impl._askedForAReset = reset;
      };
    },
    settle: (select) => reset.call(implForWrapper(select)),
  };
}

function happyDomSelectedness(): Selectedness {
  const proto = globalThis.HTMLSelectElement.prototype as unknown as Record<symbol, Method>;
  const update = symbolOf(proto, 'updateSelectedness');
  const own = Object.getOwnPropertyDescriptor(proto, update);
  const original = proto[update]!;
  let deferring = false;
  // happy-dom binds a select's methods to it on first use, so the stand-in stays with the selects built while
  // deferring: it does nothing then, and runs the real algorithm afterwards.
  const standIn = {
    value(this: unknown, ...args: unknown[]) {
      if (!deferring) original.apply(this, args);
    },
    configurable: true,
    writable: true,
  };
  return {
    defer() {
      deferring = true;
      Object.defineProperty(proto, update, standIn);
      return () => {
        deferring = false;
        if (own) Object.defineProperty(proto, update, own);
        else delete proto[update];
      };
    },
    // As when the parser met them: the last option marked selected wins, else the first that may be chosen.
    settle(select) {
      const options = [...select.querySelectorAll('option')] as unknown as Record<symbol, boolean>[];
      const marked = options[0] && symbolOf(options[0], 'selectedness');
      const chosen = marked ? options.filter((option) => option[marked]) : [];
      // Called as the library calls it, through the element (happy-dom wraps selects in a proxy).
      (select as unknown as Record<symbol, Method>)[update]!(chosen[chosen.length - 1]);
    },
  };
}

/** A happy-dom internal symbol, found by its name on the object or its prototypes. */
function symbolOf(target: object, name: string): symbol {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o)) {
    const found = Object.getOwnPropertySymbols(o).find((s) => s.description === name);
    if (found) return found;
  }
  throw new Error(`happy-dom has no ${name}: see test/engine/corpus-dom.ts`);
}
