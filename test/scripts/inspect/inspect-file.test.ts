import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rootFilesFolder } from '../../../scripts/fuzz/fuzz-targets';
import { inspectFile, type FileReport } from '../../../scripts/inspect/inspect-file';
import { runBuildCli } from '../../../scripts/pipeline/run-build-cli';
import { readTree } from '../../../scripts/root-reader/read-tree';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('inspect/inspect-file');
const temp = mkdtempSync(path.join(tmpdir(), 'runlens-inspect-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every .root file under a folder, relative to it. */
function rootFilesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const relative = path.join(prefix, name);
    if (statSync(path.join(dir, relative)).isDirectory()) return rootFilesUnder(dir, relative);
    return name.endsWith('.root') ? [relative] : [];
  });
}

/** Builds one tree of `file` through the CLI with `key`; returns the exit code and the manifest's column names. */
async function build(file: string, tree: string, key: string, label: string): Promise<{ exitCode: number; columns: string[]; errors: string[] }> {
  const dir = path.join(temp, label);
  const sources = path.join(dir, 'sources.json');
  const out = path.join(dir, 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(sources, JSON.stringify({ output: 'out', sources: [{ name: 's', kind: 'root', files: file, tree, key, duplicates: 'last' }] }));
  const errors: string[] = [];
  const exitCode = await runBuildCli(['--sources', sources, '--out', out], { out: () => undefined, err: (l) => errors.push(l), readTree, clock: () => new Date(0) });
  const columns = exitCode === 0 ? (JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { columns: { name: string }[] }).columns.map((c) => c.name) : [];
  return { exitCode, columns, errors };
}

const plannedColumns = (tree: NonNullable<FileReport['objects'][number]['tree']>) => tree.branches.flatMap((b) => ('columns' in b ? b.columns : []));

rootfiles.describe('inspectFile on every file in the shared rootfiles folder', () => {
  const folder = () => rootFilesFolder()!;

  it('never throws, lists every file\'s objects, and its planned columns are exactly the columns the build writes', async () => {
    const files = rootFilesUnder(folder());
    expect(files.length).toBeGreaterThanOrEqual(70);
    let built = 0;
    let readOnly = 0;
    for (const relative of files) {
      const file = rootfiles.path(relative);
      const report = await inspectFile(file);
      expect(report.error, relative).toBeUndefined();
      expect(report.objects.length, relative).toBeGreaterThan(0);
      for (const o of report.objects.filter((x) => x.tree && x.latest && !x.tree.error)) {
        const planned = plannedColumns(o.tree!);
        // The reader itself: the same columns, in the same order.
        expect((await readTree(file, o.path)).columns.map((c) => c.name), `${relative} ${o.path}`).toEqual(planned);
        const key = o.tree!.keyCandidates[0];
        if (!key || o.tree!.entries === 0) {
          readOnly++;
          continue;
        }
        const result = await build(file, o.path, key.column, `b${built}`);
        expect(result.errors, `${relative} ${o.path} key ${key.column}`).toEqual([]);
        expect(result.columns, `${relative} ${o.path}`).toEqual(['run', ...planned.filter((c) => c !== key.column).map((c) => `s.${c}`)]);
        built++;
      }
    }
    console.log(`[inspect] ${files.length} files inspected; ${built} trees built and compared, ${readOnly} read (no integer key or no entries)`);
    expect(built).toBeGreaterThanOrEqual(40);
  }, 600_000);

  it('lists trees in directories with their paths, older cycles, histograms and other objects by class', async () => {
    const nested = await inspectFile(rootfiles.path('scikit-hep-testdata/uproot-nesteddirs.root'));
    expect(nested.objects.map((o) => `${o.className} ${o.path};${o.cycle}`)).toEqual([
      'TDirectory one;1', 'TDirectory one/two;1', 'TTree one/two/tree;1', 'TTree one/tree;1', 'TDirectory three;1', 'TTree three/tree;1',
    ]);
    const cycles = await inspectFile(rootfiles.path('roottest/root/io/directory/objstring.root'));
    expect(cycles.objects.map((o) => [o.path, o.cycle, o.kind, o.latest])).toEqual([['Lumi', 1, 'directory', true], ['Lumi/physics', 2, 'other', true], ['Lumi/physics', 1, 'other', false]]);
    const hist = await inspectFile(rootfiles.path('scikit-hep-testdata/uproot-hepdata-example.root'));
    expect(hist.objects.map((o) => [o.className, o.kind])).toEqual([['TH1F', 'histogram'], ['TH2F', 'histogram'], ['TProfile', 'histogram'], ['TNtuple', 'tree']]);
  });

  it('says why the build refuses a tree (an RNTuple is not a tree; a ROOT 2 file has no streamer info)', async () => {
    const rntuple = await inspectFile(rootfiles.path('roottest/root/io/hadd/cms_opendata_0_200.root'));
    expect(rntuple.objects.map((o) => [o.className, o.kind])).toEqual([['ROOT::RNTuple', 'other']]);
  });
});

describe('inspectFile on files it cannot look into', () => {
  it('reports a missing file, a file that is not ROOT and a damaged one in `error`, never throwing', async () => {
    expect((await inspectFile(path.join(temp, 'nope.root'))).error).toMatch(/ENOENT/);
    writeFileSync(path.join(temp, 'text.root'), 'run,x\n1,2\n');
    expect((await inspectFile(path.join(temp, 'text.root'))).error).toContain('does not start with the ROOT magic');
    const made = writeRootFile([{ name: 't', entries: 2, branches: [{ name: 'run', type: 'Int_t', values: [1, 2] }] }]);
    writeFileSync(path.join(temp, 'cut.root'), made.subarray(0, 300));
    const cut = await inspectFile(path.join(temp, 'cut.root'));
    expect(cut.error ?? cut.objects.find((o) => o.tree)?.tree?.error).toBeTruthy();
  });

  it('reports the refusal of a tree in the tree\'s `error`, with the branches still planned', async () => {
    const made = writeRootFile([{ name: 't', entries: 2, branches: [{ name: 'run', type: 'Int_t', values: [1, 2] }] }], { compression: 'none' });
    const at = Buffer.from(made).lastIndexOf('TBasket');
    made[at + 1] ^= 0x20; // the basket key's class name
    writeFileSync(path.join(temp, 'key.root'), made);
    const tree = (await inspectFile(path.join(temp, 'key.root'))).objects.find((o) => o.tree)!.tree!;
    expect(tree.error).toContain("branch 'run' basket 0");
    expect(tree.branches).toEqual([{ name: 'run', rootType: 'Int_t', columns: ['run'] }]);
  });
});
