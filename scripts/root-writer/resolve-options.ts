import { toDatime } from './datime';
import { RootWriterSpecError } from './RootWriterSpecError';
import type { WriteOptions } from './spec';
import { specMessages } from './spec-messages';
import { checkLatin1 } from './validate-spec';

/** Write options with every default filled in and checked. */
export interface WriteSettings {
  /** zlib level 1–9, or 0 for no compression. */
  zlibLevel: number;
  basketEntries: number;
  fileName: string;
  fileTitle: string;
  /** Packed TDatime word used for every date field. */
  datime: number;
  uuid: Uint8Array;
}

/** Fixed defaults, so the same input always gives the same bytes (arrays, not objects, so no one can mutate them). */
const DEFAULT_DATE_MS = Date.UTC(2024, 0, 1, 0, 0, 0);
export const DEFAULT_UUID_BYTES: readonly number[] = Object.freeze([
  0x52, 0x75, 0x6e, 0x4c, 0x65, 0x6e, 0x73, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01,
]);
export const DEFAULT_BASKET_ENTRIES = 1000;
export const DEFAULT_ZLIB_LEVEL = 1;

const fail = (option: string, value: unknown, expected: string): never => {
  throw new RootWriterSpecError(specMessages.badOption(option, value, expected), { option });
};

/** Fills in defaults and throws RootWriterSpecError for an option it cannot use. */
export function resolveOptions(options: WriteOptions = {}): WriteSettings {
  const compression = options.compression ?? { algorithm: 'zlib', level: DEFAULT_ZLIB_LEVEL };
  let zlibLevel = 0;
  if (compression !== 'none') {
    const ok = compression.algorithm === 'zlib' && Number.isInteger(compression.level) && compression.level >= 1 && compression.level <= 9;
    if (!ok) fail('compression', compression, "use 'none' or { algorithm: 'zlib', level: 1…9 }");
    zlibLevel = compression.level;
  }
  const basketEntries = options.basketEntries ?? DEFAULT_BASKET_ENTRIES;
  if (!Number.isSafeInteger(basketEntries) || basketEntries < 1) fail('basketEntries', basketEntries, 'use a positive integer');
  const fileName = options.fileName ?? 'runlens.root';
  if (fileName.length === 0) fail('fileName', fileName, 'use a non-empty name');
  checkLatin1('fileName', fileName, { option: 'fileName' });
  const fileTitle = options.fileTitle ?? '';
  checkLatin1('fileTitle', fileTitle, { option: 'fileTitle' });
  const date = options.date ?? new Date(DEFAULT_DATE_MS);
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) fail('date', date, 'use a valid Date');
  const given = options.uuid ?? Uint8Array.from(DEFAULT_UUID_BYTES);
  if (!(given instanceof Uint8Array) || given.length !== 16) fail('uuid', given, 'use a Uint8Array of 16 bytes');
  const uuid = given.slice(); // a copy, so later changes by the caller cannot leak into the file
  let datime = 0;
  try {
    datime = toDatime(date);
  } catch (cause) {
    fail('date', date.toISOString(), (cause as Error).message);
  }
  return { zlibLevel, basketEntries, fileName, fileTitle, datime, uuid };
}
