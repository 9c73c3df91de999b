/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The candidates nearest to `name` (at most `limit`), nearest first, ties by name. */
export function closest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const maxDistance = Math.max(2, Math.floor(name.length / 3));
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate) }))
    .filter((c) => c.distance <= maxDistance)
    .sort((x, y) => x.distance - y.distance || compareStrings(x.candidate, y.candidate))
    .slice(0, limit)
    .map((c) => c.candidate);
}

/** The one comparator for every sort of names in modelgate: code-unit order, locale-independent. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const [best] = closest(name, candidates, 1);
  return best === undefined ? undefined : `did you mean "${best}"?`;
}
