import { expect, test } from '@playwright/test';
import { counterText } from '../src/app/counter-text';
import { readRunsCsv } from './support/expected-counts';
import { collectErrors, openDashboard } from './support/dashboard-page';

// Runs under both servers: the production build (`vite preview`) and the dev
// server that `npm start` serves.
test('the start page shows every demo run and the default view, with no console errors', async ({ page }) => {
  const errors = collectErrors(page);
  await openDashboard(page);
  await expect(page).toHaveTitle(/RunLens/);
  const total = readRunsCsv().length;
  await expect(page.locator('.counter')).toHaveText(counterText(total, total));
  await expect(page.locator('[data-chart]').first()).toBeVisible();
  expect(errors).toEqual([]);
});
