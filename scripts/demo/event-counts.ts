import type { Rng } from './prng';
import type { PlannedRun } from './run-plan';

/** Clean trending values the counts derive from, one per planned run. */
export interface CountInputs {
  /** Sum of the trigger rates (Hz). */
  triggerRate: Float64Array;
  fracPhysSel: Float64Array;
  meanMult: Float64Array;
}

/** Integer columns per planned run: evs.nEvents, evs.nEventsSelected, tpc.entries. */
export interface EventCounts {
  nEvents: Float64Array;
  nEventsSelected: Float64Array;
  entries: Float64Array;
}

/** Share of selected events' tracks the TPC QA uses. */
const TRACK_SAMPLING = 0.05;
const INT_MAX = 2 ** 31 - 1;

/**
 * Event and track counts consistent with the run: events = duration × trigger
 * rate × live fraction (90–100 %), selected = events × physics-selection
 * fraction, tracks used = selected × multiplicity × sampling (capped at Int_t).
 */
export function eventCounts(runs: readonly PlannedRun[], inputs: CountInputs, rng: Rng): EventCounts {
  const n = runs.length;
  const out: EventCounts = { nEvents: new Float64Array(n), nEventsSelected: new Float64Array(n), entries: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const duration = runs[i].endTime - runs[i].startTime;
    const events = Math.round(duration * inputs.triggerRate[i] * rng.uniform(0.9, 1));
    const selected = Math.round(events * inputs.fracPhysSel[i]);
    out.nEvents[i] = events;
    out.nEventsSelected[i] = selected;
    out.entries[i] = Math.min(INT_MAX, Math.round(selected * inputs.meanMult[i] * TRACK_SAMPLING));
  }
  return out;
}
