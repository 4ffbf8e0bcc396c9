import { expect, test } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { DATA_FILES } from '../src/contract/data-contract';
import { panelTexts } from '../src/panel/panel-texts';
import { collectErrors, openDashboard } from './support/dashboard-page';
import { buildDataSet, manifestOf, type DataSet } from './support/data-set';
import { expectRows } from './support/expect-charts';
import { panelValues } from './support/identify-page';
import { overviewSources } from './support/overview-sources';
import { serveDataSet } from './support/serve-data-set';

// The charts are drawn from the column files alone; runlens.sqlite (whole runs, for the run
// panel) is fetched after the first draw, and the run panel waits for it.
let set: DataSet;

test.beforeAll(async () => {
  set = await buildDataSet(overviewSources());
});

const part = (json: object) => encodeURIComponent(JSON.stringify(json).replace(/["~]/g, (mark) => (mark === '"' ? '~' : '"')));

test('the view is drawn while runlens.sqlite is held back; a run opened meanwhile says it is loading, then shows its values', async ({ page }) => {
  const errors = collectErrors(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const requested = await serveDataSet(page, set.files, { hold: { file: DATA_FILES.sqlite, until: held } });
  const row = set.rows[17];
  await openDashboard(page, `?view=tpc-overview&ui=${part({ openRun: Number(row.run) })}`);
  await expect(page.locator('.counter')).toHaveText(counterText(set.rows.length, set.rows.length));
  await expectRows(page, 'period', 'rct.period', set.rows, set.rows);
  // (The page's preloads may name other files: of its own build's data.)
  const listed = new Set(manifestOf(set.files).columnFiles.map((file) => file.name));
  const viewFiles = requested.filter((name) => listed.has(name));
  expect(viewFiles.length).toBeGreaterThan(1);
  // Asked for only once the view was drawn, and not answered yet.
  await expect.poll(() => requested.includes(DATA_FILES.sqlite)).toBe(true);
  expect(requested.indexOf(DATA_FILES.sqlite)).toBeGreaterThan(requested.lastIndexOf(viewFiles.at(-1)!));
  await expect(page.locator('.run-panel')).toHaveAttribute('data-run', row.run);
  await expect(page.locator('.run-panel .run-loading')).toHaveText(panelTexts.loading(Number(row.run)));
  expect(await panelValues(page)).toEqual(new Map());
  release();
  await expect(page.locator('.run-panel .run-loading')).toHaveCount(0);
  const shown = await panelValues(page);
  expect(shown.get('tpc.meanMIP')).toEqual({ text: expect.any(String), missing: row['tpc.meanMIP'] === '' });
  if (row['tpc.meanMIP'] !== '') expect(Number(shown.get('tpc.meanMIP')!.text)).toBe(Number(row['tpc.meanMIP']));
  expect(shown.get('rct.period')).toEqual({ text: row['rct.period'], missing: false });
  await expect(page.locator('body')).toHaveAttribute('data-state', 'ready');
  expect(errors).toEqual([]);
});
