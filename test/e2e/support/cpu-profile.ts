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
  /** The longest run of consecutive such samples (garbage collection inside a run, and native stretches too
   * short to be anything but the same task, included): close to the extension's longest task, as the renderer
   * saw it. */
  longestMs: number;
  /** Sampled ms per extension file (the nearest extension frame on the stack). */
  byScript: Record<string, number>;
}

const EXTENSION = 'chrome-extension://';
const GC = '(garbage collector)';
const NATIVE = '(program)';
/**
 * Native time with no script on the stack ("(program)") inside a run is the browser's own work: between two of
 * the extension's slices it is the page being laid out and painted (30-80 ms a frame on the 5 MB page), which
 * is not the extension's task. Only a stretch this short stays in the run: a sample can land between two steps
 * of one task. Garbage collection stays in at any length: the extension's allocation makes it.
 */
const NATIVE_IN_TASK_US = 1000;

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
  const kind = new Map(profile.nodes.map((node) => [node.id, node.callFrame.functionName]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const byScript: Record<string, number> = {};
  let totalUs = 0;
  let runUs = 0;
  // Unattributed time after an extension sample joins the run only if the extension's code comes back.
  let heldUs = 0;
  let nativeUs = 0;
  let longestUs = 0;
  samples.forEach((node, i) => {
    // A sample stands for the interval up to the next one.
    const us = deltas[i + 1] ?? 0;
    const script = marked.get(node);
    if (script === undefined) {
      const name = kind.get(node);
      nativeUs = name === NATIVE ? nativeUs + us : 0;
      const held = name === GC || (name === NATIVE && nativeUs <= NATIVE_IN_TASK_US);
      if (held && runUs > 0) heldUs += us;
      else runUs = heldUs = 0;
      return;
    }
    nativeUs = 0;
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
