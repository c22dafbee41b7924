// The promise to the reader, kept in the page: what they could see is read before a clean, and checked after it
// has been drawn. A removal that took a paragraph off their screen goes back, and is never made again.
import type { Steps } from '../../../engine/core/steps';
import type { Rendered } from '../../../engine/core/types';
import type { UndoneRemoval, WorkKind } from '../../shared/messages';
import type { VisibilityModule } from '../parts';
import { afterFrame, SLICE_MS } from '../slices';
import type { Taken } from '../visibility/judge';
import type { Sighting } from '../visibility/sighting';
import type { PageCleaner } from './cleaner';

/** Rounds of checking and putting back after one clean: each round puts back at least one removal. */
const MAX_CHECKS = 3;
/** Notes kept on removals put back: enough for the popup, bounded on a page that keeps changing. */
const MAX_UNDONE = 50;

/**
 * Reads the page's layout: a fresh probe per call (see renderedProbe), or null where there is none (a
 * document with no window). Tests pass their own.
 */
export type Layout = (visibility: VisibilityModule, doc: Document) => Rendered | null;

export const liveLayout: Layout = (visibility, doc) => {
  const view = doc.defaultView;
  return view ? visibility.renderedProbe(view) : null;
};

/** Runs steps in the page's timed slices; undefined once `current` says the work was superseded. */
export type Sliced = <T>(
  kind: WorkKind,
  steps: Steps<T>,
  current?: () => boolean,
  budget?: number,
) => Promise<T | undefined>;

/** Puts removals back into the page; `spare` keeps any later clean from making them again. */
type PutBack = (undo: readonly Taken[], spare: boolean) => void;

export class VisibilityGuard {
  /**
   * What the reader could see before the cleans not yet checked, and how many removals the page held then:
   * kept until a check has compared the page with it, so a clean superseded before its check is checked with
   * the next one.
   */
  private sighting: (Sighting & { from: number }) | null = null;
  private readonly notes: UndoneRemoval[] = [];

  constructor(
    private readonly doc: Document,
    private readonly cleaner: PageCleaner,
    private readonly layout: Layout,
    private readonly sliced: Sliced,
    private readonly putBack: PutBack,
  ) {}

  /** The removals put back so far, for the popup. */
  get undone(): UndoneRemoval[] {
    return [...this.notes];
  }

  /** The page's layout as it is now, or null where there is none. */
  probe(visibility: VisibilityModule): Rendered | null {
    return this.layout(visibility, this.doc);
  }

  /** The page is shown as it came: there is nothing left to check. */
  forget(): void {
    this.sighting = null;
  }

  /** What the reader sees before this clean: kept from an earlier clean whose check has not run yet. */
  async sight(
    visibility: VisibilityModule,
    probe: Rendered,
    current: () => boolean,
    budget: number,
  ): Promise<Sighting | null> {
    if (this.sighting) return this.sighting;
    const from = this.cleaner.removedCount;
    // The page's own changes laid out by the browser first, not inside our first look at a box; but not before
    // the first clean of a small page (its longer slices), where that frame would show the reader every copy.
    if (budget <= SLICE_MS) await afterFrame(this.doc);
    if (!current()) return null;
    const body = this.doc.body ?? this.doc.documentElement;
    const sighting = await this.sliced('verify', visibility.sightingSteps(body, probe), current, budget);
    if (!sighting) return null;
    this.sighting = { ...sighting, from };
    return this.sighting;
  }

  /**
   * After a clean has been drawn: every copy removed still has its kept copy on screen, and every paragraph the
   * reader could see before is still visible, or the removal responsible goes back (and is never made again);
   * see judgeSteps.
   */
  async check(visibility: VisibilityModule, current: () => boolean): Promise<void> {
    for (let round = 0; round < MAX_CHECKS && this.sighting; round++) {
      await afterFrame(this.doc);
      const probe = this.probe(visibility);
      if (!current() || !probe || !this.sighting) return;
      const { seen, from } = this.sighting;
      const steps = visibility.judgeSteps(this.cleaner.taken(from), seen, probe);
      const verdict = await this.sliced('verify', steps, current);
      if (!verdict) return;
      if (verdict.undo.length === 0) break;
      this.putBack(verdict.undo, true);
      this.notes.push(...verdict.notes);
      this.notes.splice(0, Math.max(0, this.notes.length - MAX_UNDONE));
    }
    this.sighting = null;
  }

  /** Puts back each removed copy whose kept copy the reader no longer sees at the window's width. */
  async putBackHidden(visibility: VisibilityModule, current: () => boolean): Promise<void> {
    const probe = this.probe(visibility);
    if (!probe) return;
    const steps = visibility.hiddenCopiesSteps(this.cleaner.taken(), probe);
    const verdict = await this.sliced('verify', steps, current);
    // Not spared: at this width the clean may rightly remove the copy kept until now instead.
    // Nor noted: a copy put back for a new width is the cleaning following the page, not a mistake undone.
    if (verdict && verdict.undo.length > 0) this.putBack(verdict.undo, false);
  }
}
