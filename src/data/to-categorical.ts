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
  return [...new Set(values.map(String))].sort(byCodeUnits);
}

/**
 * The categorical column of a `codes` column file (column-file.ts): the same
 * column toCategorical gives for the texts the codes stand for (texts.length:
 * missing), without a text lookup per run. Texts no run uses are left out.
 */
export function fromCodedTexts(name: string, texts: readonly string[], codes: Uint32Array): CategoricalColumn {
  const used = new Uint8Array(texts.length + 1);
  for (let i = 0; i < codes.length; i++) used[codes[i]] = 1;
  const labels = texts.filter((_, code) => used[code]).sort(byCodeUnits);
  const at = new Map(labels.map((label, code) => [label, code]));
  const remap = new Uint32Array(texts.length + 1);
  for (let code = 0; code < texts.length; code++) remap[code] = at.get(texts[code]) ?? labels.length;
  remap[texts.length] = labels.length;
  const mapped = new Uint32Array(codes.length);
  for (let i = 0; i < codes.length; i++) mapped[i] = remap[codes[i]];
  const dictionary: CategoryValue[] = used[texts.length] ? [...labels, null] : labels;
  return { kind: 'categorical', name, codes: mapped, dictionary };
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
