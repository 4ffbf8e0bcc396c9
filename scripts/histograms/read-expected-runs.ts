import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { HistogramExtractError } from './HistogramExtractError.js';
import { histogramMessages } from './histogram-messages.js';

/**
 * The runs listed in a CSV file's `run` column (e.g. the run-condition table
 * or the build's runlens.csv); cells that are not whole numbers are skipped.
 * Throws HistogramExtractError when the file cannot be read or has no `run` column.
 */
export async function readExpectedRuns(file: string): Promise<number[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new HistogramExtractError(histogramMessages.expectedRunsUnreadable(file, (error as Error).message), { cause: error });
  }
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  if (!(parsed.meta.fields ?? []).includes('run')) throw new HistogramExtractError(histogramMessages.expectedRunsColumn(file));
  return parsed.data.flatMap((row) => (/^\d+$/.test(row.run ?? '') ? [Number(row.run)] : []));
}
