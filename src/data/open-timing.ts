/**
 * Phases of opening the page, each recorded as a performance measure named
 * `runlens:open:<phase>` (the benchmark reads them; see scripts/bench/
 * page-part.ts). The first five come before the first view is drawn; the
 * SQLite file (for the run panel) is fetched, checked and opened after it.
 * Only the latest measure of a phase is kept, so switching
 * views or remounting does not pile up entries.
 */
export type OpenPhase = 'manifest' | 'column-fetch' | 'columns' | 'crossfilter' | 'first-draw' | 'sqlite-fetch' | 'wasm' | 'hash' | 'open';

/** Records `phase` as lasting from `start` (a performance.now() time) until now. */
export function endPhase(phase: OpenPhase, start: number): void {
  const name = `runlens:open:${phase}`;
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}

/** Runs `work`, recording it as `phase`. */
export function timePhase<T>(phase: OpenPhase, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    endPhase(phase, start);
  }
}

/** Awaits `work()`, recording it (from the call until it settles) as `phase`. */
export async function timePhaseAsync<T>(phase: OpenPhase, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    endPhase(phase, start);
  }
}
