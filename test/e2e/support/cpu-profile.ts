// An outside measure of the extension's main-thread time: a V8 CPU profile of the page's renderer, where a
// sample counts as the extension's when any frame on its stack comes from a chrome-extension:// script
// (content scripts share the page's thread, so this sees exactly what the page pays, DOM calls included).
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileCost {
  /** Sampled time with an extension frame on the stack. */
  totalMs: number;
  /** The longest run of consecutive such samples (GC and native samples inside a run included): close to
   * the extension's longest task, as the renderer saw it. */
  longestMs: number;
  /** Sampled ms per extension file (the nearest extension frame on the stack). */
  byScript: Record<string, number>;
}

const EXTENSION = 'chrome-extension://';
/** Samples V8 cannot attribute to a script: inside an extension slice they are still that slice. */
const UNATTRIBUTED = new Set(['(garbage collector)', '(program)']);

/** For each node whose stack holds an extension frame (itself or a caller), the nearest such frame's file. */
function extensionNodes(nodes: readonly ProfileNode[]): Map<number, string> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const marked = new Map<number, string>();
  for (const node of nodes) {
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      const url = byId.get(id)?.callFrame.url ?? '';
      if (url.startsWith(EXTENSION)) {
        marked.set(node.id, new URL(url).pathname);
        break;
      }
    }
  }
  return marked;
}

export function profileCost(profile: CpuProfile): ProfileCost {
  const marked = extensionNodes(profile.nodes);
  const neutral = new Set(
    profile.nodes.filter((node) => UNATTRIBUTED.has(node.callFrame.functionName)).map((node) => node.id),
  );
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byScript: Record<string, number> = {};
  let totalUs = 0;
  let runUs = 0;
  // Unattributed time after an extension sample joins the run only if the extension's code comes back.
  let heldUs = 0;
  let longestUs = 0;
  samples.forEach((node, i) => {
    // A sample stands for the interval up to the next one.
    const us = deltas[i + 1] ?? 0;
    const script = marked.get(node);
    if (script === undefined) {
      if (neutral.has(node) && runUs > 0) heldUs += us;
      else runUs = heldUs = 0;
      return;
    }
    byScript[script] = (byScript[script] ?? 0) + us / 1000;
    totalUs += us;
    runUs += heldUs + us;
    heldUs = 0;
    longestUs = Math.max(longestUs, runUs);
  });
  return { totalMs: totalUs / 1000, longestMs: longestUs / 1000, byScript };
}

/** Starts sampling every 100 µs; the returned function stops and summarises. */
export async function startProfile(session: CDPSession): Promise<() => Promise<ProfileCost>> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  await session.send('Profiler.start');
  return async () => {
    const { profile } = await session.send('Profiler.stop');
    return profileCost(profile as CpuProfile);
  };
}
