import type { Status } from '../flags/flag-rule';

/** The colour of each status, on chips, table cells and trend points (Null grey, Good green, then warmer by severity). */
export const STATUS_COLOURS: Readonly<Record<Status, string>> = Object.freeze({
  Good: '#2e8b57',
  Warning: '#d4a017',
  Outlier: '#e8590c',
  PhysAcc: '#9c36b5',
  Bad: '#c92a2a',
  Null: '#868e96',
});

/**
 * Which status a trend pixel shared by several runs shows: the highest rank
 * wins (a flagged run is never hidden under a Good one; Null, which says
 * nothing about the data, ranks lowest).
 */
export const STATUS_RANK: Readonly<Record<Status, number>> = Object.freeze({ Null: 0, Good: 1, Warning: 2, Outlier: 3, PhysAcc: 4, Bad: 5 });
