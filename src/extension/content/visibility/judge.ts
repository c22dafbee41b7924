// Decides which removals to undo when what the reader could see before a clean is not all visible after it.
import { pauseAt, type Steps } from '../../../engine/core/steps';
import type { Removal, Rendered, RuleName } from '../../../engine/core/types';
import { snippet } from '../../../engine/text/fold';
import type { UndoneRemoval } from '../../shared/messages';

/** Rules that remove a copy because the same text stays elsewhere: what they remove must stay visible. */
const COPY_RULES: ReadonlySet<RuleName> = new Set(['duplicate-bodies', 'duplicate-headlines']);

/** One removal the page holds: the element taken out, why, and (for a copy) where its text stays. */
export interface Taken {
  element: Element;
  removal: Removal;
  keepers: readonly Element[];
}

/** A removal of a copy whose text stays elsewhere (not a promo, meant to go for good). */
export function isCopyRemoval(entry: Taken): boolean {
  return COPY_RULES.has(entry.removal.rule);
}

export interface Verdict {
  /** The removals to put back. */
  undo: Taken[];
  /** Why, for the page's status. */
  notes: UndoneRemoval[];
}

const attached = (element: Element) => element.ownerDocument.documentElement.contains(element);

/** The copies among `taken` whose text no longer shows anywhere: a copy kept for it is gone or hidden now. */
export function* hiddenCopiesSteps(taken: readonly Taken[], probe: Rendered): Steps<Verdict> {
  const undo: Taken[] = [];
  const notes: UndoneRemoval[] = [];
  // A whole copy of a long article is kept by tens of thousands of paragraphs: pause between them too.
  let handled = 0;
  for (const entry of taken) {
    if (pauseAt(++handled)) yield;
    if (!isCopyRemoval(entry)) continue;
    let lost: Element | null = null;
    for (const kept of entry.keepers) {
      if (pauseAt(++handled)) yield;
      if (attached(kept) && probe(kept)) continue;
      lost = kept;
      break;
    }
    if (!lost) continue;
    undo.push(entry);
    notes.push({
      rule: entry.removal.rule,
      text: entry.removal.text,
      reason: `the copy kept instead is not visible ("${snippet(lost.textContent ?? '', 60)}")`,
    });
  }
  return { undo, notes };
}

/**
 * After a clean: each copy whose kept copy no longer shows goes back; and a paragraph the reader saw that is
 * still in the page but hidden now was hidden by what went (a stylesheet's sibling or :has() rule), so the
 * whole clean goes back. A paragraph no longer in the page went with a removal (a promo's own text, or a copy
 * checked above) or was removed by the page itself.
 */
export function* judgeSteps(
  taken: readonly Taken[],
  seen: readonly Element[],
  probe: Rendered,
): Steps<Verdict> {
  const copies = yield* hiddenCopiesSteps(taken, probe);
  // A kept copy hidden now is answered by putting its removed copy back: its text shows again.
  const answered = new Set(copies.undo.flatMap((entry) => entry.keepers));
  for (let i = 0; i < seen.length; i++) {
    if (pauseAt(i + 1)) yield;
    const paragraph = seen[i]!;
    if (answered.has(paragraph) || !attached(paragraph) || probe(paragraph)) continue;
    return {
      undo: [...taken],
      notes: [
        {
          rule: null,
          text: snippet(paragraph.textContent ?? '', 120),
          reason: `the clean hid this paragraph, so all ${taken.length} removals of that clean were put back`,
        },
      ],
    };
  }
  return copies;
}
