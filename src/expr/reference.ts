/**
 * The reference set band helpers (nsigma, median, mean, rms) compute over,
 * resolved to row indexes. With `groups`, each run is compared with the
 * reference runs of its own group (e.g. its period); without, with all of
 * `rows`.
 */
export interface Reference {
  /** Rows of the reference runs, ascending. */
  rows: Uint32Array;
  groups?: ReferenceGroups;
}

export interface ReferenceGroups {
  /** Per row of the table, the index of its group in `labels`; -1 for none (that row's band helpers give no data). */
  of: Int32Array;
  labels: readonly string[];
}

/** Every row of a table of `size` rows, one group. */
export function allRows(size: number): Reference {
  const rows = new Uint32Array(size);
  for (let i = 0; i < size; i++) rows[i] = i;
  return { rows };
}
