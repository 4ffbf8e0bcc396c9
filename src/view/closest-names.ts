import { distance } from 'fastest-levenshtein';

/**
 * Up to `count` of `candidates` closest to `name` by edit distance, compared
 * case-insensitively on the whole name and on its last dotted part (so
 * `evs.meanMIP` finds `tpc.meanMIP`, `tpc.meanMPI` finds `tpc.meanMIP`). Only
 * names within a third of the longer name's length count as close.
 */
export function closestNames(name: string, candidates: readonly string[], count = 3): string[] {
  const wanted = name.toLowerCase();
  const scored = candidates.map((candidate) => {
    const text = candidate.toLowerCase();
    const whole = distance(wanted, text) / Math.max(wanted.length, text.length, 1);
    const tail = distance(lastPart(wanted), lastPart(text)) / Math.max(lastPart(wanted).length, lastPart(text).length, 1);
    return { candidate, score: Math.min(whole, tail + 0.01) };
  });
  return scored
    .filter(({ score, candidate }) => score <= 1 / 3 && candidate !== name)
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

function lastPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}
