import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { collectErrors, openDashboard } from './support/dashboard-page';
import { readRunsCsv } from './support/expected-counts';
import { viewFile } from './support/view-charts';

const rows = readRunsCsv();
const names = readdirSync('views').filter((file) => file.endsWith('.json') && file !== 'view.schema.json').map((file) => file.replace(/\.json$/, ''));

for (const name of names) {
  test(`views/${name}.json opens with its charts, its starting selection and no console errors`, async ({ page }) => {
    const errors = collectErrors(page);
    const view = viewFile(name);
    await openDashboard(page, `?view=${name}`);
    await expect(page.locator('.view-title')).toHaveText(view.title);
    await expect(page.locator('.chart-title')).toHaveText(view.charts.map((chart) => chart.title));
    // Runs passing the row charts' `selected` categories, counted from the CSV (an empty cell is missing, never selected by name).
    const starting = view.charts.filter((chart) => chart.selected?.length);
    const selected = rows.filter((row) => starting.every((chart) => row[chart.x!] !== '' && chart.selected!.includes(row[chart.x!])));
    await expect(page.locator('.counter')).toHaveText(counterText(selected.length, rows.length));
    await expect(page.getByLabel('View')).toHaveValue(name);
    expect(errors).toEqual([]);
  });
}
