import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_FILES, demoBasketEntries, demoSourcesFile, renderDemoFiles } from '../../../scripts/demo/demo-files';
import { generateDemo } from '../../../scripts/demo/generate-demo';
import { QA_HISTOGRAMS } from '../../../scripts/demo/qa-histograms';
import { readTree } from '../../../scripts/root-reader/read-tree';
import { treeColumns } from './demo-tables';

const demo = generateDemo({ seed: 3, runs: 1200 });
const files = renderDemoFiles(demo);
const temp = mkdtempSync(join(tmpdir(), 'runlens-demo-files-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const bytesOf = (name: string) => files.find((f) => f.name === name)?.bytes ?? new Uint8Array();

describe('renderDemoFiles', () => {
  it('renders the five demo files, the same bytes every time', () => {
    expect(files.map((f) => f.name)).toEqual(Object.values(DEMO_FILES));
    expect(renderDemoFiles(generateDemo({ seed: 3, runs: 1200 }))).toEqual(files);
  });

  it.each([
    ['tpc', DEMO_FILES.tpc, 'tpcQA'],
    ['evs', DEMO_FILES.evs, 'trending'],
  ] as const)('writes the %s tree so that the ROOT reader gets back every value', async (source, name, tree) => {
    const path = join(temp, name);
    writeFileSync(path, bytesOf(name));
    const table = await readTree(path, tree);
    expect(table.entries).toBe(demo[source].entries);
    expect(table.compression).toBe('zlib-6');
    expect(table.refused).toEqual([]);
    const read = new Map(table.columns.map((c) => [c.name, Array.from(c.values.data as ArrayLike<number>, Number)]));
    // The tpc file holds the truth's sentinels where the tree has NaN; nothing else differs.
    const expected = treeColumns(demo[source]);
    for (const s of demo.truth.sentinels.filter((t) => t.source === source)) {
      const values = expected.get(s.column)!;
      for (const entry of s.entries) {
        expect(values[entry]).toBeNaN();
        values[entry] = s.value;
      }
    }
    expect(read).toEqual(expected);
  });

  it('writes the run-condition CSV with LF line endings, one line per row after the header', () => {
    const text = new TextDecoder().decode(bytesOf(DEMO_FILES.rct));
    expect(text.includes('\r')).toBe(false);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => Number(r.run))).toEqual(demo.conditions.map((r) => r.run));
  });

  it('writes sources.json naming the three table sources of shared agreement 1 and the per-run QA histograms, and the truth as JSON', () => {
    expect(JSON.parse(new TextDecoder().decode(bytesOf(DEMO_FILES.sources)))).toEqual(demoSourcesFile());
    expect(demoSourcesFile()).toMatchObject({
      output: '../build/demo-data',
      sources: [
        { name: 'tpc', kind: 'root', files: 'demo-tpcQA.root', tree: 'tpcQA', key: 'run' },
        { name: 'evs', kind: 'root', files: 'demo-eventSelection.root', tree: 'trending', key: 'run' },
        { name: 'rct', kind: 'csv', files: 'demo-run-conditions.csv', key: 'run' },
        { name: 'qa', kind: 'histograms', files: 'qa/*.root', histograms: QA_HISTOGRAMS.map((h) => h.path) },
      ],
    });
    expect(JSON.parse(new TextDecoder().decode(bytesOf(DEMO_FILES.truth)))).toEqual(demo.truth);
  });
});

describe('demoBasketEntries', () => {
  it('gives 500 entries per basket up to 4,000 entries, then an eighth of the entries', () => {
    expect(demoBasketEntries(3000)).toBe(500);
    expect(demoBasketEntries(4000)).toBe(500);
    expect(demoBasketEntries(100_000)).toBe(12_500);
  });
});
