/** Texts of the outlier table (tests compare against these). */
export const tableTexts = {
  label: 'Outlier table',
  caption: (shown: number, total: number) => `${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} runs (the runs passing every filter)`,
  sortBy: (column: string) => `Sort by ${column} (click again to reverse)`,
  explain: (run: string) => `Show why run ${run} has its status`,
} as const;
