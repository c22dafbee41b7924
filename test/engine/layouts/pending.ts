// Failures of mechanisms not built yet (issue 14). An entry is "invariant × dim" (that invariant on pages with
// that dimension value), "dim" (every invariant) or "invariant × *". A page's failure is tolerated only where an
// entry covers it; everything else fails the test. Each entry names its cause; the list empties as fixes land.
export const PENDING: readonly string[] = [
  // Readability turns <font>a<br><br>b</font> into <p><span>a<p>b</p></span></p>, and the block walk's loose
  // text (dom/blocks.ts looseText) skips an inline element that holds blocks: "a" is lost. Two custom-element
  // pages lose a paragraph in extract() too (not yet diagnosed).
  'kept × style:table',
  'kept × style:custom',
  // Legacy copies parted by <br><br> in one element are found (dom/br-paragraphs.ts), but a copy that shares its
  // element with other text is not removed whole.
  'once × style:table',
  // A teaser beside one full copy whose only other evidence is a spaced outlet line or a block that is no
  // signal (an image alt, a comment prompt): a spaced "Outlet · 3h" line is no signal yet.
  'detected × copy:teaser',
  // The outlet line sits in div.byline, which headlineFacts reads as the writer's (metadata-headline.ts
  // namesWriter); and a spaced outlet line far from the headline is not read.
  'source × style:semantic',
  'source × label:spaced',
  'source × style:custom',
  // A spaced outlet/time line ("Le Monde · 14:05") stays in the extracted article: only glued labels are cut.
  'no-junk × label:spaced',
  'no-junk × style:table',
];

/** True when PENDING covers a failure of `invariant` on a page with these dimension values. */
export function isPending(invariant: string, dims: readonly string[], pending = PENDING): boolean {
  return pending.some((entry) => {
    const [left, right] = entry.split(' × ');
    if (right === undefined) return dims.includes(entry);
    return left === invariant && (right === '*' || dims.includes(right));
  });
}
