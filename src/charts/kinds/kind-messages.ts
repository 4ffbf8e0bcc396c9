import type { ClauseKind } from './chart-kind';

/** Why a filter clause does not fit a chart (tests compare against these). */
export const kindMessages = {
  wrongClauseKind: (chart: string, kind: string, fits: readonly ClauseKind[]) =>
    `chart "${chart}" takes ${fits.map((k) => `"${k}"`).join(' or ')} filters, not "${kind}"`,
  wrongColumn: (chart: string, column: string, expected: string) =>
    `chart "${chart}" filters column "${expected}", not "${column}"`,
} as const;
