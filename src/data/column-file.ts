/**
 * The bytes of a column file (COLUMN_FILE_ENCODINGS in data-contract.ts):
 * written by the build (scripts/pipeline/write-column-files.ts), read by the
 * browser. Both directions live here so that they cannot drift apart;
 * neither touches files or the page (TextEncoder/TextDecoder are in both).
 */

/** A TEXT column as a `codes` file holds it: distinct texts, and per run an index into them (texts.length: missing). */
export interface CodedTexts {
  texts: string[];
  codes: Uint32Array;
}

/** True on the machine running this (every browser in use): a Float64Array then reads the file's doubles as they are. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The `f64` file of `values` (one per run, NaN for missing). */
export function encodeF64(values: Float64Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat64(i * 8, values[i], true);
  return bytes;
}

/** The `codes` file of `values` (one per run, null for missing); texts in order of first appearance. */
export function encodeCodes(values: readonly (string | null)[]): Uint8Array {
  const index = new Map<string, number>();
  for (const value of values) if (value !== null && !index.has(value)) index.set(value, index.size);
  const json = new TextEncoder().encode(JSON.stringify([...index.keys()]));
  const start = codesOffset(json.length);
  const bytes = new Uint8Array(start + values.length * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, json.length, true);
  bytes.set(json, 4);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    view.setUint32(start + i * 4, value === null ? index.size : index.get(value)!, true);
  }
  return bytes;
}

/** Where the codes start: after the length, the JSON and the padding to a multiple of 4. */
function codesOffset(jsonBytes: number): number {
  return 4 + Math.ceil(jsonBytes / 4) * 4;
}

/** The values of an `f64` file of `runs` runs, or why the bytes are not one. */
export function decodeF64(bytes: Uint8Array, runs: number): Float64Array | string {
  if (bytes.length !== runs * 8) return `it holds ${bytes.length} bytes, not 8 per run (${runs * 8})`;
  // Fetched bytes start at offset 0 of their own buffer: the doubles are then used in place.
  if (bytes.byteOffset % 8 === 0 && LITTLE_ENDIAN) return new Float64Array(bytes.buffer, bytes.byteOffset, runs);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  return Float64Array.from({ length: runs }, (_, i) => view.getFloat64(i * 8, true));
}

/** The texts and codes of a `codes` file of `runs` runs, or why the bytes are not one. */
export function decodeCodes(bytes: Uint8Array, runs: number): CodedTexts | string {
  if (bytes.length < 4) return `it holds ${bytes.length} bytes, fewer than its 4-byte header`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const jsonBytes = view.getUint32(0, true);
  const start = codesOffset(jsonBytes);
  if (start + runs * 4 !== bytes.length) return `it holds ${bytes.length} bytes, not ${start + runs * 4} (a ${jsonBytes}-byte text list and 4 per run)`;
  let texts: unknown;
  try {
    texts = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(4, 4 + jsonBytes)));
  } catch (cause) {
    return `its text list is not UTF-8 JSON (${cause instanceof Error ? cause.message : String(cause)})`;
  }
  if (!Array.isArray(texts) || !texts.every((text) => typeof text === 'string')) return 'its text list is not a JSON array of texts';
  if (new Set(texts).size !== texts.length) return 'its text list holds a text twice';
  const codes = new Uint32Array(runs);
  for (let i = 0; i < runs; i++) {
    const code = view.getUint32(start + i * 4, true);
    if (code > texts.length) return `run ${i + 1} of ${runs} has code ${code}, beyond its ${texts.length} texts`;
    codes[i] = code;
  }
  return { texts, codes };
}
