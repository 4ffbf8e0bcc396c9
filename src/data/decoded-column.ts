import { decodeCodes, decodeF64, type CodedTexts } from './column-file';
import type { ColumnFileMeta } from '../contract/data-contract';
import { fromCodedTexts, toCategorical } from './to-categorical';
import type { CategoricalColumn } from './typed-table';

/** A column file's contents: the doubles of an `f64` file, or the texts and codes of a `codes` file. */
export type DecodedColumn = { encoding: 'f64'; values: Float64Array } | ({ encoding: 'codes' } & CodedTexts);

/** The contents of `file`'s bytes over `runs` runs, or why they are not its layout (column-file.ts). */
export function decodeColumnFile(file: Pick<ColumnFileMeta, 'encoding'>, bytes: Uint8Array, runs: number): DecodedColumn | string {
  if (file.encoding === 'f64') {
    const values = decodeF64(bytes, runs);
    return typeof values === 'string' ? values : { encoding: 'f64', values };
  }
  const coded = decodeCodes(bytes, runs);
  return typeof coded === 'string' ? coded : { encoding: 'codes', ...coded };
}

/** A column as numbers: a text as Number() reads it (as sql.js's value of the SQLite cell would be), missing as NaN. */
export function numbersOf(decoded: DecodedColumn): Float64Array {
  if (decoded.encoding === 'f64') return decoded.values;
  const asNumbers = Float64Array.from(decoded.texts, Number);
  return Float64Array.from(decoded.codes, (code) => (code < asNumbers.length ? asNumbers[code] : NaN));
}

/** A column as categories, exactly as toCategorical makes them of its values (numbers in numeric order, missing last). */
export function categoriesOf(name: string, decoded: DecodedColumn): CategoricalColumn {
  if (decoded.encoding === 'codes') return fromCodedTexts(name, decoded.texts, decoded.codes);
  return toCategorical(name, Array.from(decoded.values, (value) => (Number.isNaN(value) ? null : value)));
}
