// Decides which removals to undo when text the reader could see before a clean is not visible after it.

import type { Steps } from '../../../engine/steps';
import { snippet } from '../../../engine/text';
import type { Removal, RuleName } from '../../../engine/types';
import type { UndoneRemoval } from '../../shared/messages';
import { type Missing, sentencesOf } from './sighting';

/** Rules that remove a copy because the same text stays elsewhere: what they remove must stay visible. */
const COPY_RULES: ReadonlySet<RuleName> = new Set(['duplicate-bodies', 'duplicate-headlines']);

/** One removal the page holds: the element taken out, and why. */
export interface Taken {
  element: Element;
  removal: Removal;
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

/**
 * For each sentence the reader no longer sees: a copy removed with it goes back (one per sentence); a promo's
 * own text was meant to go; text still in the page but hidden, with no removal holding it, was hidden by what
 * went (a stylesheet's sibling or :has() rule), so every removal of this clean goes back. Text gone from the
 * page with no removal holding it was removed by the page itself.
 */
export function* judgeSteps(missing: Missing, taken: readonly Taken[]): Steps<Verdict> {
  const lost = new Set([...missing.hidden, ...missing.gone]);
  const holders = new Map<string, Taken[]>();
  for (const entry of taken) {
    for (const sentence of yield* sentencesOf(entry.element)) {
      if (!lost.has(sentence)) continue;
      const list = holders.get(sentence);
      if (list) list.push(entry);
      else holders.set(sentence, [entry]);
    }
  }
  const undo = new Set<Taken>();
  const notes: UndoneRemoval[] = [];
  for (const sentence of lost) {
    const held = holders.get(sentence) ?? [];
    const copies = held.filter(isCopyRemoval);
    if (copies.length > 0) {
      if (copies.some((entry) => undo.has(entry))) continue;
      undo.add(copies[0]!);
      notes.push(note(copies[0]!, `it held the only visible copy of "${snippet(sentence, 60)}"`));
    } else if (held.length === 0 && missing.hidden.has(sentence)) {
      // Nothing we removed held it, yet it is hidden now: what went changed how the page shows the rest.
      for (const entry of taken) if (!undo.has(entry)) undo.add(entry);
      notes.push({
        rule: null,
        text: snippet(sentence, 120),
        reason: `the clean hid this text, so all ${taken.length} removals of that clean were put back`,
      });
      break;
    }
  }
  return { undo: [...undo], notes };
}

function note(entry: Taken, reason: string): UndoneRemoval {
  return { rule: entry.removal.rule, text: entry.removal.text, reason };
}
