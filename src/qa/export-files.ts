/**
 * The exports of the selected runs as file texts, pure: a CSV (run, the
 * view's columns, status), a plain run list, and the good runs grouped by
 * period as JSON; and the file names (`<view>-<what>-<YYYY-MM-DD>.<ext>`).
 */

/** One exported column: its header and each row's cell (raw text; '' = missing). */
export interface ExportColumn {
  name: string;
  cell(row: number): string;
}

/** First characters that make a spreadsheet run a cell as a formula (and their full-width forms), as the build's CSV treats them. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A text cell a spreadsheet would run as a formula gets a leading apostrophe
 * (the spreadsheets' mark for text); plain numbers such as -5 stay as they
 * are. The same rule as the build's runlens.csv (scripts/pipeline/write-csv.ts).
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** A CSV field: quoted when it holds a comma, quote, line break or surrounding space, or is empty text. */
export function csvField(text: string, isText: boolean): string {
  const safe = isText ? spreadsheetSafe(text) : text;
  const needsQuotes = /[",\r\n]/.test(safe) || safe !== safe.trim() || (isText && safe === '');
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number cell as the build's CSV writes it: shortest round-trip text, '' for missing. */
export function numberCell(value: number): string {
  return Number.isNaN(value) ? '' : String(value);
}

/**
 * CSV of `rows`: a header line, then one line per row. `textColumns` names
 * the columns holding text (made spreadsheet-safe; a missing text cell is
 * empty, unquoted, like the build's).
 */
export function selectionCsv(rows: ArrayLike<number>, columns: readonly ExportColumn[], textColumns: ReadonlySet<string>): string {
  const lines = [columns.map((c) => csvField(c.name, false)).join(',')];
  for (let i = 0; i < rows.length; i++) {
    lines.push(columns.map((c) => {
      const cell = c.cell(rows[i]);
      return cell === '' ? '' : csvField(cell, textColumns.has(c.name));
    }).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** One run number per line. */
export function runListText(runs: readonly number[]): string {
  return runs.length ? `${runs.join('\n')}\n` : '';
}

/**
 * Good runs by period: `{ "LHC18b": [285008, …], … }`, periods in first-seen
 * order of the runs (run order), runs ascending; a run without a period goes
 * under "".
 */
export function goodRunsByPeriod(runs: readonly { run: number; period: string | null }[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const { run, period } of [...runs].sort((a, b) => a.run - b.run)) (out[period ?? ''] ??= []).push(run);
  return out;
}

/** `<view>-<what>-<YYYY-MM-DD>.<ext>` with the date's local calendar day. */
export function exportName(view: string, what: string, date: Date, ext: string): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${view}-${what}-${day}.${ext}`;
}
