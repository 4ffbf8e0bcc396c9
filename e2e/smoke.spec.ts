import { expect, test } from '@playwright/test';

test('the app page loads in Chromium', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/RunLens/);
});
