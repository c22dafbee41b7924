// Cleans the live page through the engine, keeping every removed node so the page can be restored.
// clean() is loaded on first use: most pages are ordinary pages, which only need detect().
import type { Steps } from '../../engine/steps';
import type { CleanResult, Detection, EngineOptions, Removal } from '../../engine/types';
import { RemovalKeeper } from './keeper';

type CleanSteps = typeof import('../../engine/clean').cleanSteps;
type DetectModule = typeof import('../../engine/detect');

let loading: Promise<CleanSteps> | null = null;
let loadingDetect: Promise<DetectModule> | null = null;

export function loadClean(): Promise<CleanSteps> {
  loading ??= import('../../engine/clean').then((module) => module.cleanSteps);
  return loading;
}

export function loadDetect(): Promise<DetectModule> {
  loadingDetect ??= import('../../engine/detect');
  return loadingDetect;
}

export class PageCleaner {
  private readonly keeper = new RemovalKeeper();
  private removals: Removal[] = [];
  cleaned = false;

  constructor(
    private readonly doc: Document,
    private readonly options: () => EngineOptions,
  ) {}

  /**
   * One pass over the page, as steps the caller runs in slices; later passes only find what arrived since
   * (cleaned blocks are gone). Each removal is kept as it happens, so a pass cut short still restores exactly.
   */
  *steps(cleanSteps: CleanSteps, force: boolean, detection: Detection | null): Steps<CleanResult> {
    const result = yield* cleanSteps(this.doc, {
      ...this.options(),
      force,
      remove: this.keeper.remove,
      // Every batch of late additions cleans again: the page's detection is known, do not redo it.
      ...(detection ? { detection } : {}),
    });
    this.cleaned ||= result.cleaned;
    this.removals.push(...result.removed);
    return result;
  }

  restore(): void {
    this.keeper.restore();
    this.removals = [];
    this.cleaned = false;
  }

  get removedCount(): number {
    return this.keeper.count;
  }

  get removed(): readonly Removal[] {
    return this.removals;
  }
}
