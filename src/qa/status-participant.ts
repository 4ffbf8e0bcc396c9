import type { FilterParticipant } from '../crossfilter/crossfilter-model';
import { trackSelection } from '../crossfilter/selection-mask';
import { STATUS_CODE } from '../flags/flag-rule';
import type { FilterClause } from '../state/filter-store';

/** The id of the status chips' clause in the filter store. */
export const STATUS_ID = 'status';

/**
 * The status chips as a filtering participant: a dimension on the row index,
 * filtered by a function that reads the current status array (`statusOf()`),
 * so a rule edit re-applies the filter (model.refresh) without a rebuild.
 * `exceptOwn` tracks the runs passing every other filter (the chips' counts).
 */
export function statusParticipant(statusOf: () => Uint8Array): FilterParticipant {
  return {
    id: STATUS_ID,
    clauseKinds: ['status'],
    feed(cf, table) {
      const dimension = cf.dimension((row: number) => row);
      return { dimension, exceptOwn: trackSelection(dimension, table.size), clauseTest: (clause) => statusTest(clause, statusOf) };
    },
  };
}

/** The row test of a status clause: row's current status is one of the clause's values. */
export function statusTest(clause: FilterClause, statusOf: () => Uint8Array): (row: number) => boolean {
  if (clause.kind !== 'status') return () => true;
  const codes = new Set(clause.values.map((value) => STATUS_CODE[value]));
  return (row) => codes.has(statusOf()[row]);
}

/** Runs per status code among the rows `isIn` accepts. */
export function statusCounts(status: Uint8Array, isIn: (row: number) => boolean, statuses: number): Uint32Array {
  const counts = new Uint32Array(statuses);
  for (let row = 0; row < status.length; row++) if (isIn(row)) counts[status[row]]++;
  return counts;
}
