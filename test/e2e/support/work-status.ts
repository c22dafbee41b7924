// The content script's own status (with its work meter), asked from an extension page the way the popup asks:
// the benchmark and the hostile-size tests read the extension's cost from the extension itself. Works in both
// browsers: `run` evaluates in any extension page (the driver's inExtension, or a playwright page).
import type { Page } from 'playwright-core';
import type { Envelope, PageStatus } from '../../../src/extension/shared/messages';
import { type ExtensionDriver, waitFor } from './driver';

export type InExtension = ExtensionDriver['inExtension'];

type Api = { tabs: { sendMessage(id: number, message: object): Promise<unknown> } };

/** A playwright extension page as an InExtension runner. */
export function inPage(page: Page): InExtension {
  return (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg);
}

export async function readStatus(run: InExtension, tabId: number): Promise<PageStatus> {
  const reply = await run(async (id) => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    return (await (scope.browser ?? scope.chrome)?.tabs.sendMessage(id, {
      type: 'get-status',
    })) as Envelope<PageStatus>;
  }, tabId);
  if (!reply.ok) throw new Error(`content script: ${reply.error}`);
  return reply.value;
}

/** The status once detection has run and, when `cleaned` is asked for, the page has been cleaned. */
export function settledStatus(
  run: InExtension,
  tabId: number,
  cleaned: boolean,
  timeoutMs = 30_000,
): Promise<PageStatus> {
  return waitFor(
    async () => {
      const status = await readStatus(run, tabId);
      return status.detection && (!cleaned || status.cleaned) ? status : undefined;
    },
    'the content script to settle',
    timeoutMs,
  );
}
