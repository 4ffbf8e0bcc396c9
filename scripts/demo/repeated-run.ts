import type { EventCounts } from './event-counts';
import type { Rng } from './prng';
import type { TrendColumn } from './trend-column';
import type { EntrySource } from './tree-specs';
import { storedValue } from './trends';

/** Columns whose values the repeated entry changes (a later, partial re-run of the TPC QA). */
export const REPEAT_CHANGES = ['meanMIP', 'resolutionMIP', 'entries'] as const;

/**
 * The second tpc entry of one run: a run in every source (mask 7), without
 * outliers and with no missing tpc value, whose re-run used fewer tracks
 * (50–90 %) and found a dE/dx shifted by 0.3–0.8 and a resolution 2–5 % worse.
 */
export function repeatEntry(
  candidates: readonly number[], columns: readonly TrendColumn[], counts: EventCounts, rng: Rng,
): EntrySource {
  const tpc = columns.filter((c) => c.cell.variable.source === 'tpc');
  const usable = candidates.filter((i) => tpc.every((c) => !Number.isNaN(c.values[i])));
  const index = rng.pick(usable.length > 0 ? usable : candidates);
  const value = (name: string): number => tpc.find((c) => c.cell.name === name)?.values[index] ?? NaN;
  const overrides = new Map<string, number>([
    ['meanMIP', storedValue(value('meanMIP') + rng.uniform(0.3, 0.8), 'Float_t')],
    ['resolutionMIP', storedValue(value('resolutionMIP') * rng.uniform(1.02, 1.05), 'Float_t')],
    ['entries', Math.round(counts.entries[index] * rng.uniform(0.5, 0.9))],
  ]);
  return { index, overrides };
}
