// Failures that belong to work in progress elsewhere (issue 14: helper B folds text and finds copies, helper
// C reads labels, attribution and portal pages) or to a file no helper owns. An entry is "invariant × dim"
// (that invariant on pages with that dimension value), "dim" (every invariant) or "invariant × *". A page's
// failure is tolerated only where an entry covers it; everything else fails the test. The coordinator empties
// this list as the fixes land: every entry names its owner.
export const PENDING: readonly string[] = [
  // No owner yet: the block walk (dom/tags.ts BLOCK_TAGS) reads custom elements as inline, so <x-para>
  // paragraphs run together into one block: no copy is found, nothing is cleaned.
  'style:custom',
  // No owner yet: Readability turns <font>a<br><br>b</font> into <p><span>a<p>b</p></span></p>, and the block
  // walk's loose text (dom/blocks.ts looseText) skips an inline element that holds blocks: "a" is lost.
  'kept × style:table',
  // B (copies): a teaser beside one full copy, copies split at <br><br> in legacy tables.
  'detected × copy:teaser',
  'detected × style:table',
  // C (labels, attribution, portals): one copy only, with a label, promos and attribution lines; the
  // original outlet from the page's own credit; attribution/coverage blocks; named-date labels as meta lines.
  'detected × copies:1',
  'source × *',
  'no-junk × block:attribution',
  'no-junk × block:coverage',
  'no-junk × label:de-named',
  'no-junk × label:en-named',
  'no-junk × label:es-named',
  'no-junk × label:fr-named',
  // B and C: a pull quote repeating a one-sentence paragraph counts as a leading teaser (B), and commenters'
  // and categories' glued times ("Maria Lopez13m", "Sport2:05 PM") as outlet labels (C).
  'not-detected × trap:pullquote',
  'unchanged × trap:pullquote',
];

/** True when PENDING covers a failure of `invariant` on a page with these dimension values. */
export function isPending(invariant: string, dims: readonly string[], pending = PENDING): boolean {
  return pending.some((entry) => {
    const [left, right] = entry.split(' × ');
    if (right === undefined) return dims.includes(entry);
    return left === invariant && (right === '*' || dims.includes(right));
  });
}
