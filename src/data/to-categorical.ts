import type { CategoricalColumn, CategoryValue } from './typed-table';

/**
 * Categorical column from raw values: labels sorted (numeric labels in numeric
 * order), null mapped to a last code whose category is null (missing), so a
 * value spelled `(missing)` stays a category of its own.
 */
export function toCategorical(name: string, raw: readonly (string | number | null)[]): CategoricalColumn {
  const labels = distinctLabels(raw);
  const index = new Map(labels.map((label, code) => [label, code]));
  const missingCode = labels.length;
  const codes = new Uint32Array(raw.length);
  let anyMissing = false;
  for (let i = 0; i < raw.length; i++) {
    const value = raw[i];
    if (value === null) {
      codes[i] = missingCode;
      anyMissing = true;
    } else {
      codes[i] = index.get(String(value)) ?? missingCode;
    }
  }
  const dictionary: CategoryValue[] = anyMissing ? [...labels, null] : labels;
  return { kind: 'categorical', name, codes, dictionary };
}

function distinctLabels(raw: readonly (string | number | null)[]): string[] {
  const seen = new Set<string | number>();
  for (const value of raw) if (value !== null) seen.add(value);
  const values = [...seen];
  const allNumbers = values.every((v) => typeof v === 'number');
  if (allNumbers) return (values as number[]).sort((a, b) => a - b).map(String);
  return [...new Set(values.map(String))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
