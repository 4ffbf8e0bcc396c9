import { groupDigits } from '../text/group-digits';
/** Texts of the outlier table (tests compare against these). */
export const tableTexts = {
  label: 'Outlier table',
  caption: (shown: number, total: number) => `${groupDigits(shown)} of ${groupDigits(total)} runs (the runs passing every filter)`,
  sortBy: (column: string) => `Sort by ${column} (click again to reverse)`,
  explain: (run: string) => `Show why run ${run} has its status`,
} as const;
