import initSqlJs from 'sql.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATA_FILES, type DataManifest } from '../../../src/contract/data-contract';
import { LoadError } from '../../../src/data/load-error';
import { loadMessages } from '../../../src/data/load-messages';
import { readColumnFiles } from '../../../src/data/read-column-files';
import type { ReadRequest } from '../../../src/data/typed-table';
import { buildDataSet, manifestOf, relisted, sha256, withFile, type DataFiles, type DataSet } from '../../../e2e/support/data-set';
import { readColumns } from '../../support/read-sqlite-columns';

const BASE = 'http://data.test/data/';
const options = { stallMs: 5000 };
let set: DataSet;

/** Values the SQLite path and the column files must agree on: signed zero, ±Infinity, 64-bit integers past 2^53, texts of every kind, runs a source lacks. */
beforeAll(async () => {
  const runs = [290221, 285012, 287000, 286500, 300001];
  set = await buildDataSet({
    tpc: {
      kind: 'root',
      tree: {
        name: 'tpcQA',
        entries: 4,
        branches: [
          { name: 'run', type: 'Int_t', values: runs.slice(0, 4) },
          { name: 'meanMIP', type: 'Float_t', values: [50.5, -0, Infinity, 1e-40] },
          { name: 'dcar', type: 'Double_t', shape: [2], values: [-0.25, 0, -Infinity, 5e-324, 1.5, 2 ** 60, 0.1, -1e300] },
          { name: 'nEvents', type: 'Long64_t', values: [9007199254740993n, 12n, -9007199254740995n, 0n] },
        ],
      },
    },
    rct: { kind: 'csv', text: `run,period,fill,label,code\n${runs[0]},LHC18b,6123,\u202Elave,10\n${runs[1]},LHC18c,,,9\n${runs[2]},,6124,(missing),x\n${runs[4]},LHC18b,6123,,10\n` },
  });
});

afterEach(() => vi.unstubAllGlobals());

/** fetch answering from `files` (404 for any other name), counting requests. */
function serve(files: DataFiles): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const name = String(url).slice(BASE.length);
    asked.push(name);
    const bytes = files.get(name);
    return bytes ? new Response(bytes.slice()) : new Response('not here', { status: 404 });
  });
  return asked;
}

/** Every column of the set, asked for both ways. */
const everyColumn = (manifest: DataManifest): ReadRequest[] => manifest.columns.flatMap((c) => [{ name: c.name, readAs: 'numeric' as const }, { name: c.name, readAs: 'categorical' as const }]);

describe('readColumnFiles', () => {
  it('gives the very table sql.js reads from runlens.sqlite, for every column read both ways', async () => {
    const manifest = manifestOf(set.files);
    const SQL = await initSqlJs();
    const db = new SQL.Database(set.files.get(DATA_FILES.sqlite));
    const wanted = everyColumn(manifest);
    const fromSqlite = readColumns(db, wanted);
    serve(set.files);
    const fromFiles = await readColumnFiles(BASE, manifest, wanted, options);
    expect([...fromFiles.run]).toEqual([285012, 286500, 287000, 290221, 300001]);
    expect(fromFiles.size).toBe(fromSqlite.size);
    expect([...fromFiles.numbers.keys()].sort()).toEqual([...fromSqlite.numbers.keys()].sort());
    expect([...fromFiles.categories.keys()].sort()).toEqual([...fromSqlite.categories.keys()].sort());
    for (const [name, column] of fromSqlite.categories) expect(fromFiles.categories.get(name), name).toEqual(column);
    // Bit for bit, but for one difference: SQLite stores a REAL -0 as the integer 0, the column file keeps the sign.
    for (const [name, column] of fromSqlite.numbers) {
      const files = Array.from(fromFiles.numbers.get(name)!.values);
      const sqlite = Array.from(column.values);
      expect(files.map((v, i) => Object.is(v, sqlite[i]) || (v === 0 && sqlite[i] === 0)), name).toEqual(sqlite.map(() => true));
    }
    expect(Object.is(fromFiles.numbers.get('tpc.meanMIP')!.values[0], -0)).toBe(true);
    expect(fromFiles.numbers.get('tpc.nEvents')!.values[3]).toBe(Number(9007199254740993n));
    expect(fromFiles.categories.get('rct.label')!.dictionary).toEqual(['(missing)', '\u202Elave', null]);
    db.close();
  });

  it('fetches run and each column asked for once, and no other: only what the view needs', async () => {
    const manifest = manifestOf(set.files);
    const asked = serve(set.files);
    const table = await readColumnFiles(BASE, manifest, [{ name: 'rct.period', readAs: 'categorical' }, { name: 'rct.period', readAs: 'numeric' }, { name: 'tpc.meanMIP', readAs: 'numeric' }], options);
    const fileOf = (column: string) => manifest.columnFiles.find((file) => file.column === column)!.name;
    expect(asked.sort()).toEqual([fileOf('run'), fileOf('rct.period'), fileOf('tpc.meanMIP')].sort());
    expect([...table.numbers.keys()]).toEqual(['run', 'rct.period', 'tpc.meanMIP']);
    expect([...table.numbers.get('rct.period')!.values]).toEqual([NaN, NaN, NaN, NaN, NaN]);
  });

  it('reports the bytes received over all its files, ending at their total', async () => {
    const manifest = manifestOf(set.files);
    serve(set.files);
    const seen: [number, number][] = [];
    await readColumnFiles(BASE, manifest, [{ name: 'tpc.dcar[1]', readAs: 'numeric' }], options, (received, total) => seen.push([received, total]));
    const total = manifest.columnFiles[0].bytes + manifest.columnFiles.find((f) => f.column === 'tpc.dcar[1]')!.bytes;
    expect(seen.at(-1)).toEqual([total, total]);
  });

  it('refuses a column file changed after the build, cut short, missing, or of another layout, naming it and the fix', async () => {
    const manifest = manifestOf(set.files);
    const file = manifest.columnFiles.find((f) => f.column === 'rct.period')!;
    const url = BASE + file.name;
    const manifestUrl = BASE + DATA_FILES.manifest;
    const bytes = set.files.get(file.name)!;
    const read = async (files: DataFiles) => {
      serve(files);
      return readColumnFiles(BASE, manifestOf(files), [{ name: 'rct.period', readAs: 'categorical' }], options).then(() => 'read', (error: LoadError) => `${error.name} ${error.file}: ${error.message}`);
    };
    const changed = bytes.slice();
    changed[changed.length - 1] ^= 1;
    expect(await read(withFile(set.files, file.name, changed))).toBe(`LoadError ${url}: ${loadMessages.hashMismatch(url, sha256(changed), manifestUrl, file.sha256)}`);
    expect(await read(withFile(set.files, file.name, bytes.subarray(0, 10)))).toBe(`LoadError ${url}: ${loadMessages.sizeMismatch(url, 10, manifestUrl, bytes.length)}`);
    const gone = new Map(set.files);
    gone.delete(file.name);
    expect(await read(gone)).toBe(`LoadError ${url}: ${loadMessages.httpStatus(url, 404)}`);
    // Listed with its new size and hash, so the layout check is reached: one run's code too few.
    expect(await read(relisted(withFile(set.files, file.name, bytes.subarray(0, bytes.length - 4))))).toBe(
      `LoadError ${url}: ${loadMessages.badColumnFile(url, 'rct.period', 5, `it holds ${bytes.length - 4} bytes, not ${bytes.length} (a 19-byte text list and 4 per run)`)}`,
    );
    const unlisted = { ...manifest, columnFiles: manifest.columnFiles.filter((f) => f.column !== 'rct.period') };
    serve(set.files);
    await expect(readColumnFiles(BASE, unlisted, [{ name: 'rct.period', readAs: 'categorical' }], options)).rejects.toThrow(loadMessages.columnsNotListed(manifestUrl, ['rct.period']));
  });
});
