import { expect, test, type Page } from '@playwright/test';
import initSqlJs from 'sql.js';
import { counterText } from '../src/app/counter-text';
import { DATA_FILES } from '../src/contract/data-contract';
import { REQUIRED_TABLES } from '../src/data/database-columns';
import { loadMessages } from '../src/data/load-messages';
import { collectErrors, openDashboard } from './support/dashboard-page';
import { buildDataSet, manifestOf, relisted, sha256, withFile, type DataFiles, type DataSet } from './support/data-set';
import { expectRows } from './support/expect-charts';
import { overviewSources } from './support/overview-sources';
import { serveDataSet, type ServeHooks } from './support/serve-data-set';

// Each case serves a data set built by the pipeline, then spoiled one way; the
// app must name the file and the fix, and draw nothing.
let good: DataSet;
let changed: DataSet;
let noBeamType: DataSet;
const sqliteOf = (set: DataSet) => set.files.get(DATA_FILES.sqlite)!;

test.beforeAll(async () => {
  good = await buildDataSet(overviewSources());
  changed = await buildDataSet(overviewSources({ meanMIP: (i) => (i === 7 ? 99.5 : 50 + 4 * Math.sin(i / 5)) }));
  noBeamType = await buildDataSet(overviewSources({ omit: ['beamType'] }));
});

/** Serves `files`, opens the app (with `query`) and waits for it to give up; returns the data URLs the app used. */
async function openRefused(page: Page, files: DataFiles, hooks: ServeHooks = {}, query = '') {
  const errors = collectErrors(page);
  await serveDataSet(page, files, hooks);
  await page.goto(`./${query}`);
  await expect(page.locator('body')).toHaveAttribute('data-state', 'error', { timeout: 30_000 });
  const url = (name: string) => new URL(`data/${name}`, page.url()).href;
  return { sqlite: url(DATA_FILES.sqlite), manifest: url(DATA_FILES.manifest), errors };
}

/** The status line shows exactly `message` as an error, and nothing was drawn. */
async function expectRefusal(page: Page, message: string, errors: string[]): Promise<void> {
  await expect(page.locator('.status')).toHaveText(message);
  await expect(page.locator('.status')).toHaveClass(/\berror\b/);
  await expect(page.locator('[data-chart]')).toHaveCount(0);
  await expect(page.locator('.counter')).toHaveText('');
  await expect(page.locator('.load-progress')).toBeHidden();
  expect(errors).toEqual([]);
}

const half = (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length / 2));

test('the data set as built, served by the test server, loads and is drawn (the control for every case below)', async ({ page }) => {
  await serveDataSet(page, good.files);
  await openDashboard(page);
  await expect(page.locator('.counter')).toHaveText(counterText(good.rows.length, good.rows.length));
  await expectRows(page, 'period', 'rct.period', good.rows, good.rows);
});

test('changed values under the old manifest: the sha256 mismatch is named', async ({ page }) => {
  const bytes = sqliteOf(changed);
  expect(bytes.length).toBe(sqliteOf(good).length);
  const { sqlite, manifest, errors } = await openRefused(page, withFile(good.files, DATA_FILES.sqlite, bytes));
  await expectRefusal(page, loadMessages.hashMismatch(sqlite, sha256(bytes), manifest, sha256(sqliteOf(good))), errors);
});

test('same-size bytes that are no database, under the old manifest: the sha256 mismatch is named, not what SQLite says of them', async ({ page }) => {
  const random = new Uint8Array(sqliteOf(good).length).map((_, i) => (i * 7919 + 17) % 251);
  const { sqlite, manifest, errors } = await openRefused(page, withFile(good.files, DATA_FILES.sqlite, random));
  await expectRefusal(page, loadMessages.hashMismatch(sqlite, sha256(random), manifest, sha256(sqliteOf(good))), errors);
});

test('a database larger than the manifest says: its download is stopped and the sizes named', async ({ page }) => {
  const grown = new Uint8Array(sqliteOf(good).length + 300_000);
  grown.set(sqliteOf(good));
  const { sqlite, manifest, errors } = await openRefused(page, withFile(good.files, DATA_FILES.sqlite, grown));
  await expectRefusal(page, loadMessages.tooLarge(sqlite, manifest, sqliteOf(good).length), errors);
});

test('a truncated database under the old manifest: cut short, by size', async ({ page }) => {
  const cut = half(sqliteOf(good));
  const { sqlite, manifest, errors } = await openRefused(page, withFile(good.files, DATA_FILES.sqlite, cut));
  await expectRefusal(page, loadMessages.sizeMismatch(sqlite, cut.length, manifest, sqliteOf(good).length), errors);
});

test('a truncated database with a manifest matching its bytes: SQLite finds it damaged', async ({ page }) => {
  const { sqlite, errors } = await openRefused(page, relisted(withFile(good.files, DATA_FILES.sqlite, half(sqliteOf(good)))));
  await expectRefusal(page, loadMessages.malformed(sqlite, 'database disk image is malformed'), errors);
});

test('random bytes with a manifest matching them: not an SQLite database', async ({ page }) => {
  const random = new Uint8Array(sqliteOf(good).length).map((_, i) => (i * 7919 + 17) % 251);
  const { sqlite, errors } = await openRefused(page, relisted(withFile(good.files, DATA_FILES.sqlite, random)));
  await expectRefusal(page, loadMessages.notADatabase(sqlite), errors);
});

test('zero bytes: refused by size under the old manifest, and as having no runs table under a matching one', async ({ page }) => {
  const empty = withFile(good.files, DATA_FILES.sqlite, new Uint8Array(0));
  const stale = await openRefused(page, empty);
  await expectRefusal(page, loadMessages.sizeMismatch(stale.sqlite, 0, stale.manifest, sqliteOf(good).length), stale.errors);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  const matching = await openRefused(page, relisted(empty));
  await expectRefusal(page, loadMessages.noTable(matching.sqlite, 'runs', REQUIRED_TABLES.runs), matching.errors);
});

test('a column the manifest lists but the database lacks is named, never read as text (no bar named rct.beamType)', async ({ page }) => {
  // The database of a build without rct.beamType, beside the manifest of a build with it, its bytes relisted.
  const files = relisted(withFile(good.files, DATA_FILES.sqlite, sqliteOf(noBeamType)));
  const { sqlite, manifest, errors } = await openRefused(page, files);
  await expectRefusal(page, loadMessages.missingColumns(sqlite, ['rct.beamType'], manifest), errors);
  await expect(page.getByText('rct.beamType: ')).toHaveCount(0);
});

test('a database without its column metadata table, or with another number of runs than the manifest, is named', async ({ page }) => {
  const SQL = await initSqlJs();
  const db = new SQL.Database(sqliteOf(good));
  db.run('DROP TABLE columns');
  const noMetadata = await openRefused(page, relisted(withFile(good.files, DATA_FILES.sqlite, db.export())));
  await expectRefusal(page, loadMessages.noTable(noMetadata.sqlite, 'columns', REQUIRED_TABLES.columns), noMetadata.errors);
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  // Another run count: the column files (read first, for the charts) are refused, before the database is fetched.
  const runs = await openRefused(page, relisted(good.files, (manifest) => (manifest.runs = good.rows.length + 1)));
  const runFile = new URL(`data/${manifestOf(good.files).columnFiles[0].name}`, page.url()).href;
  const held = good.rows.length * 8;
  await expectRefusal(page, loadMessages.badColumnFile(runFile, 'run', good.rows.length + 1, `it holds ${held} bytes, not 8 per run (${held + 8})`), runs.errors);
});

test('a column file changed after the build is named, with the fix, and nothing is drawn; the database is never fetched', async ({ page }) => {
  const file = manifestOf(good.files).columnFiles.find((entry) => entry.column === 'rct.period')!;
  const bytes = good.files.get(file.name)!.slice();
  bytes[bytes.length - 1] ^= 1;
  const errors = collectErrors(page);
  const requested = await serveDataSet(page, withFile(good.files, file.name, bytes));
  await page.goto('./');
  await expect(page.locator('body')).toHaveAttribute('data-state', 'error', { timeout: 30_000 });
  const url = (name: string) => new URL(`data/${name}`, page.url()).href;
  await expectRefusal(page, loadMessages.hashMismatch(url(file.name), sha256(bytes), url(DATA_FILES.manifest), file.sha256), errors);
  expect(requested).not.toContain(DATA_FILES.sqlite);
});

test('a download that stalls half-way is given up after ?stallTimeout= seconds, saying how far it got', async ({ page }) => {
  const total = sqliteOf(good).length;
  const afterBytes = Math.floor(total / 2);
  const { sqlite, errors } = await openRefused(page, good.files, { stall: { file: DATA_FILES.sqlite, afterBytes } }, '?stallTimeout=3');
  await expectRefusal(page, loadMessages.stalled(sqlite, afterBytes, total, 3), errors);
});

test('manifest problems are named with their JSON path: not JSON, a size of -5 or 1e999, a column entry of null', async ({ page }) => {
  const manifestText = new TextDecoder().decode(good.files.get(DATA_FILES.manifest));
  const cases: [string, string | null][] = [
    [manifestText.slice(0, 200), null],
    [manifestText.replace(`"bytes": ${sqliteOf(good).length}`, '"bytes": -5'), '$.files[0].bytes is -5, expected a whole number of bytes ≥ 0'],
    [manifestText.replace(`"bytes": ${sqliteOf(good).length}`, '"bytes": 1e999'), '$.files[0].bytes is Infinity, expected a whole number of bytes ≥ 0'],
    [manifestText.replace(/("columns": \[\s*\{[^}]*\},\s*)\{[^}]*\}/, '$1null'), '$.columns[1] is null, expected an object'],
  ];
  for (const [text, why] of cases) {
    expect(text).not.toBe(manifestText);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const { manifest, errors } = await openRefused(page, withFile(good.files, DATA_FILES.manifest, new TextEncoder().encode(text)));
    if (why !== null) await expectRefusal(page, loadMessages.badManifest(manifest, why), errors);
    else {
      // The parser's own words, from the same engine.
      const cause = await page.evaluate((json) => (() => { try { JSON.parse(json); return ''; } catch (e) { return (e as Error).message; } })(), text);
      await expectRefusal(page, loadMessages.manifestNotJson(manifest, cause), errors);
    }
  }
});
