import { writeRootFile } from '../root-writer/write-root-file';
import { toConditionsCsv } from './conditions-csv';
import { DEMO_TREES } from './demo-trees';
import type { DemoData } from './generate-demo';
import { DEMO_SENTINEL, SENTINEL_BRANCH, withSentinels } from './sentinels';
import { QA_HISTOGRAMS } from './qa-histograms';

/** File names of the demo set inside its folder (data/ by default). */
export const DEMO_FILES = {
  tpc: 'demo-tpcQA.root',
  evs: 'demo-eventSelection.root',
  rct: 'demo-run-conditions.csv',
  sources: 'sources.json',
  truth: 'demo-truth.json',
} as const;

/** Fixed so the ROOT files' bytes never depend on the clock (a string: a Date would be mutable). */
export const DEMO_FILE_DATE = '2019-01-15T12:00:00.000Z';
/** Entries per basket: several baskets per branch (6 for 3,000 runs), at most ~8 for large sets. */
export function demoBasketEntries(entries: number): number {
  return Math.max(500, Math.ceil(entries / 8));
}
export const DEMO_ZLIB_LEVEL = 6;

/** One file to write: its name inside the output folder and its bytes. */
export interface DemoFile {
  name: string;
  bytes: Uint8Array;
}

/** The sources file (shared agreement 1) describing the demo set, its per-run QA histograms included. */
export function demoSourcesFile(): object {
  return {
    output: '../build/demo-data',
    sources: [
      { name: 'tpc', kind: 'root', files: DEMO_FILES.tpc, tree: DEMO_TREES.tpc, key: 'run', duplicates: 'last', missing: { [SENTINEL_BRANCH]: [DEMO_SENTINEL] } },
      { name: 'evs', kind: 'root', files: DEMO_FILES.evs, tree: DEMO_TREES.evs, key: 'run' },
      { name: 'rct', kind: 'csv', files: DEMO_FILES.rct, key: 'run' },
      // The per-run QA files (qa/<run>.root): every histogram by its exact path, so each one a run's file lacks is reported.
      { name: 'qa', kind: 'histograms', files: 'qa/*.root', runFromPath: '(\\d+)\\.root$', histograms: QA_HISTOGRAMS.map((h) => h.path) },
    ],
  };
}

/**
 * Every file of the demo set, rendered to bytes (zlib ROOT files, LF text).
 * The tpc file holds the truth's sentinels (-999) where the tree has NaN;
 * the evs file keeps each branch's last basket inside the TTree record, as
 * ROOT 3–6 store the basket still being filled when a tree is saved. Pure.
 */
export function renderDemoFiles(data: DemoData): DemoFile[] {
  const root = (name: string, tree: DemoData['tpc']): DemoFile => ({
    name,
    bytes: writeRootFile([tree], {
      compression: { algorithm: 'zlib', level: DEMO_ZLIB_LEVEL },
      basketEntries: demoBasketEntries(tree.entries),
      fileName: name,
      date: new Date(DEMO_FILE_DATE),
    }),
  });
  const text = (name: string, content: string): DemoFile => ({ name, bytes: new TextEncoder().encode(content) });
  return [
    root(DEMO_FILES.tpc, data.truth.sentinels.reduce(withSentinels, data.tpc)),
    root(DEMO_FILES.evs, { ...data.evs, branches: data.evs.branches.map((b) => ({ ...b, baskets: 'last-in-tree' as const })) }),
    text(DEMO_FILES.rct, toConditionsCsv(data.conditions)),
    text(DEMO_FILES.sources, JSON.stringify(demoSourcesFile(), null, 2) + '\n'),
    text(DEMO_FILES.truth, JSON.stringify(data.truth, null, 1) + '\n'),
  ];
}
