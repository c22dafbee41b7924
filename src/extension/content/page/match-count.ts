// Counts what the reader's rules would remove on this page as it is now, for the options page's live count.
// Each list runs alone on a copy of the page: the live page is never touched, and the count is exactly what
// the engine would remove, not a guess made with a different matcher.

import { runSteps } from '../../../engine/core/steps';
import type { CustomRules, RuleName } from '../../../engine/core/types';
import { load } from '../lazy';
import { loadClean } from '../parts';

type Kind = keyof CustomRules;
const RULE_FOR: Record<Kind, RuleName> = { phrases: 'custom-phrases', selectors: 'custom-selectors' };

export async function countMatches(doc: Document, custom: CustomRules): Promise<Record<Kind, number>> {
  const [cleanSteps, { RULE_NAMES }] = await Promise.all([loadClean(), load('rules')]);
  const count = (kind: Kind): number => {
    if (custom[kind].length === 0) return 0;
    const disabledRules = RULE_NAMES.filter((name) => name !== RULE_FOR[kind]);
    const copy = doc.cloneNode(true) as Document;
    const options = { force: true, disabledRules, custom: { [kind]: custom[kind] } };
    return runSteps(cleanSteps(copy, options)).removed.length;
  };
  return { phrases: count('phrases'), selectors: count('selectors') };
}
