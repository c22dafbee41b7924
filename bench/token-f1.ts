/** Harmonic mean of token precision and recall (bags of lower-cased words), 1 when both are empty. */
export function tokenF1(got: string, want: string): number {
  const a = bag(got);
  const b = bag(want);
  let total = 0;
  let common = 0;
  for (const count of a.values()) total += count;
  let wanted = 0;
  for (const [token, count] of b) {
    wanted += count;
    common += Math.min(count, a.get(token) ?? 0);
  }
  if (total === 0 && wanted === 0) return 1;
  if (common === 0) return 0;
  const precision = common / total;
  const recall = common / wanted;
  return (2 * precision * recall) / (precision + recall);
}

function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}
