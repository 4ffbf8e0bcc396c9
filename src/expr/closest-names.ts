/**
 * Up to `limit` candidates closest to an unknown name, best first: the same
 * name in other letter case, those whose last part (after the final ".")
 * equals the name's last part (a forgotten or wrong source prefix), then those within an edit distance of about a third
 * of the name's length (case-insensitive; a swap of two letters counts one).
 * Ties keep the candidates' order.
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = name.toLowerCase();
  const tail = lastPart(wanted);
  const budget = Math.max(1, Math.floor(wanted.length / 3));
  const scored: { candidate: string; score: number; order: number }[] = [];
  let order = 0;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const lower = candidate.toLowerCase();
    const score = lower === wanted ? -2 : lastPart(lower) === tail ? -1 : editDistance(wanted, lower, budget);
    if (score <= budget) scored.push({ candidate, score, order: order++ });
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((s) => s.candidate);
}

function lastPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and
 * adjacent swaps), or budget + 1 as soon as it must exceed `budget`.
 */
export function editDistance(a: string, b: string, budget = Infinity): number {
  if (Math.abs(a.length - b.length) > budget) return budget + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1);
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > budget) return budget + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length], budget + 1);
}
