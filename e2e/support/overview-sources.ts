import type { SourceInput } from './data-set';

/** What varies between the small data sets the browser tests build. */
export interface OverviewOptions {
  /** Number of runs (285000, 285001, …). Default 120. */
  runs?: number;
  /** The rct period cell of run number i (0-based): text, '' for missing. */
  period?: (i: number) => string;
  /** tpc.meanMIP of run i. */
  meanMIP?: (i: number) => number;
  /** Columns of rct to leave out (e.g. 'beamType'). */
  omit?: string[];
}

const PERIODS = ['LHC18b', 'LHC18c', 'LHC18d'];

/**
 * Sources of a small data set holding every column the bundled tpc-overview
 * view reads, made deterministically: `tpc` as a ROOT tree (tpcQA: run,
 * meanMIP, meanTPCncl, resolutionMIP) and `rct` as CSV (run, period, beamType).
 */
export function overviewSources({ runs = 120, period = (i) => PERIODS[i % 3], meanMIP = (i) => 50 + 4 * Math.sin(i / 5), omit = [] }: OverviewOptions = {}): Record<string, SourceInput> {
  const index = Array.from({ length: runs }, (_, i) => i);
  const run = index.map((i) => 285000 + i);
  const tpc: SourceInput = {
    kind: 'root',
    tree: {
      name: 'tpcQA',
      entries: runs,
      branches: [
        { name: 'run', type: 'Int_t', values: run },
        { name: 'meanMIP', type: 'Double_t', values: Float64Array.from(index, meanMIP) },
        { name: 'meanTPCncl', type: 'Double_t', values: Float64Array.from(index, (i) => 100 + ((i * 37) % 40)) },
        { name: 'resolutionMIP', type: 'Double_t', values: Float64Array.from(index, (i) => 0.05 + ((i * 13) % 20) / 1000) },
      ],
    },
  };
  const columns = ['period', 'beamType'].filter((name) => !omit.includes(name));
  const cell: Record<string, (i: number) => string> = { period, beamType: (i) => (i % 10 === 0 ? 'Pb-Pb' : 'pp') };
  const lines = [['run', ...columns].join(','), ...index.map((i) => [run[i], ...columns.map((name) => csvCell(cell[name](i)))].join(','))];
  return { tpc, rct: { kind: 'csv', text: `${lines.join('\n')}\n` } };
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
