// Cleans the live page through the engine, keeping every removed node so the page can be restored.
import type { Steps } from '../../../engine/core/steps';
import type { CleanResult, Detection, EngineOptions, Rendered } from '../../../engine/core/types';
import type { Taken } from '../visibility/judge';
import { RemovalKeeper } from './keeper';

type CleanSteps = typeof import('../../../engine/cleaning').cleanSteps;

export class PageCleaner {
  private readonly keeper = new RemovalKeeper();
  /** Elements whose removal once took text off the reader's screen: never removed again. */
  private readonly spared = new WeakSet<Element>();
  cleaned = false;

  constructor(
    private readonly doc: Document,
    private readonly options: () => EngineOptions,
  ) {}

  /**
   * One pass over the page, as steps the caller runs in slices; later passes only find what arrived since
   * (cleaned blocks are gone). Each removal is kept as it happens, so a pass cut short still restores exactly.
   * `rendered` is the page's layout, where the caller reads one.
   */
  *steps(
    cleanSteps: CleanSteps,
    force: boolean,
    detection: Detection | null,
    rendered?: Rendered,
  ): Steps<CleanResult> {
    const result = yield* cleanSteps(this.doc, {
      ...this.options(),
      force,
      remove: this.keeper.remove,
      spare: (element) => this.spared.has(element),
      ...(rendered ? { rendered } : {}),
      // Every batch of late additions cleans again: the page's detection is known, do not redo it.
      ...(detection ? { detection } : {}),
    });
    this.cleaned ||= result.cleaned;
    return result;
  }

  restore(): void {
    this.keeper.restore();
    this.cleaned = false;
  }

  /** The removals from the `from`th on: what the cleans since then took out. */
  taken(from = 0): Taken[] {
    return this.keeper.since(from);
  }

  /** Puts these removals back; `spare` keeps any later clean from removing them again. */
  putBack(taken: readonly Taken[], spare: boolean): void {
    const elements = new Set(taken.map((entry) => entry.element));
    this.keeper.restoreOnly(elements);
    if (spare) for (const element of elements) this.spared.add(element);
  }

  get removedCount(): number {
    return this.keeper.count;
  }
}
