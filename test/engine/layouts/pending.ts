// Failures of mechanisms not built yet (issue 14). An entry is "invariant × dim" (that invariant on pages with
// that dimension value), "dim" (every invariant) or "invariant × *". A page's failure is tolerated only where an
// entry covers it; everything else fails the test. Each entry names its cause; the list empties as fixes land.
const PENDING: readonly string[] = [];

/** True when PENDING covers a failure of `invariant` on a page with these dimension values. */
export function isPending(invariant: string, dims: readonly string[], pending = PENDING): boolean {
  return pending.some((entry) => {
    const [left, right] = entry.split(' × ');
    if (right === undefined) return dims.includes(entry);
    return left === invariant && (right === '*' || dims.includes(right));
  });
}
