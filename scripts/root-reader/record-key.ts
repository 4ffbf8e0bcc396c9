/** The fields of a TKey header (ROOT-FORMAT.md §4) and, for baskets, its basket header (§11.6). */
export interface RecordKey {
  nbytes: number;
  objlen: number;
  keylen: number;
  cycle: number;
  /** Where the key says its record sits (fSeekKey). */
  seekKey: number;
  className: string;
  name: string;
  title: string;
  /** Basket header fields; 0 for keys that are not baskets. */
  nevBufSize: number;
  nevBuf: number;
  last: number;
}

/** Reads a counted string at `at`; returns it and the position after it. */
function countedString(view: DataView, at: number): [string, number] {
  let length = view.getUint8(at);
  let start = at + 1;
  if (length === 255) {
    length = view.getUint32(at + 1);
    start = at + 5;
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset + start, length);
  return [String.fromCharCode(...bytes), start + length];
}

/**
 * Parses the key at `seek`. Throws a RangeError when the key runs past the
 * bytes given; callers check the record's extent against the file first.
 */
export function parseRecordKey(bytes: Uint8Array, seek: number): RecordKey {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const big = view.getInt16(seek + 4) > 1000;
  const seekKey = big ? Number(view.getBigInt64(seek + 18)) : view.getInt32(seek + 18);
  const afterSeeks = seek + 18 + (big ? 16 : 8);
  const [className, afterClass] = countedString(view, afterSeeks);
  const [name, afterName] = countedString(view, afterClass);
  const [title, afterTitle] = countedString(view, afterName);
  const isBasket = className === 'TBasket';
  return {
    nbytes: view.getInt32(seek),
    objlen: view.getInt32(seek + 6),
    keylen: view.getUint16(seek + 14),
    cycle: view.getInt16(seek + 16),
    seekKey,
    className,
    name,
    title,
    nevBufSize: isBasket ? view.getInt32(afterTitle + 6) : 0,
    nevBuf: isBasket ? view.getInt32(afterTitle + 10) : 0,
    last: isBasket ? view.getInt32(afterTitle + 14) : 0,
  };
}
