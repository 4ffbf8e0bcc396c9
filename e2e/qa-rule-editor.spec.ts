import { expect, test } from '@playwright/test';
import { chipTexts } from '../src/qa/status-chips';
import { tableTexts } from '../src/table/table-texts';
import { openDashboard } from './support/dashboard-page';
import { readRunsCsv } from './support/expected-counts';
import { countStatuses, expectedStatuses, viewRules, viewStatisticOK } from './support/qa-expected';

const rows = readRunsCsv();
const rules = viewRules('tpc-overview');
const statisticOK = viewStatisticOK('tpc-overview');

/** Every chip's text for `counts`. */
const chipLines = (counts: Map<string, number>) => [...counts].map(([status, count]) => chipTexts.chip(status as never, count));

test('the status chips count the statuses the view rules give on the CSV', async ({ page }) => {
  await openDashboard(page);
  await expect(page.locator('.status-chips .status-chip')).toHaveText(chipLines(countStatuses(expectedStatuses(rows, rules, statisticOK))));
});

test('a syntax error shows a caret under its position; the fixed rule updates every status count', async ({ page }) => {
  await openDashboard(page);
  const input = page.locator('.rule-editor .rule-text');
  const broken = 'tpc.meanMIP > ';
  await input.fill(broken);
  // The error is at the end of the text: the caret sits one column past its last character.
  await expect(page.locator('.rule-editor .rule-caret')).toHaveText(`${' '.repeat(broken.length)}^`);
  await expect(page.locator('.rule-editor .rule-message')).toContainText(`(at character ${broken.length + 1})`);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  // A broken rule changes nothing.
  const before = countStatuses(expectedStatuses(rows, rules, statisticOK));
  await expect(page.locator('.status-chips .status-chip')).toHaveText(chipLines(before));

  const level = 'Bad';
  await page.locator('.rule-editor .rule-level').selectOption(level);
  const fixed = 'tpc.meanMIP > 55';
  await input.fill(fixed);
  await expect(input).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('.rule-editor .rule-caret')).toHaveText('');
  const after = countStatuses(expectedStatuses(rows, [...rules, { name: 'rule editor', level, expression: fixed }], statisticOK));
  expect(after.get('Bad')).toBeGreaterThan(0);
  expect(after).not.toEqual(before);
  await expect(page.locator('.status-chips .status-chip')).toHaveText(chipLines(after));
  // Clicking the Bad chip filters to the runs the new rule flags.
  await page.locator('.status-chips [data-status="Bad"]').click();
  await expect(page.locator('.outlier-table .table-caption')).toHaveText(tableTexts.caption(after.get('Bad')!, rows.length));

  await input.fill('');
  await expect(page.locator('.status-chips .status-chip')).toHaveText(chipLines(before));
});
