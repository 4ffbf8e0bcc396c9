/** Test helper: the bytes of a TKey header, to test key and record parsing without a file. */
/** Bytes of a key at offset `at`: small (version 4) or big (1004) form, optionally with a basket header. */
export function keyBytes(at: number, opts: { big: boolean; className: string; name: string; nbytes: number; objlen: number; basket?: [number, number, number] }): Uint8Array {
  const strings = [opts.className, opts.name, 'tree'].flatMap((s) => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))]);
  const seeks = opts.big ? 16 : 8;
  const keylen = 18 + seeks + strings.length + (opts.basket ? 19 : 0);
  const bytes = new Uint8Array(at + keylen);
  const view = new DataView(bytes.buffer);
  view.setInt32(at, opts.nbytes);
  view.setInt16(at + 4, opts.big ? 1004 : 4);
  view.setInt32(at + 6, opts.objlen);
  view.setUint16(at + 14, keylen);
  if (opts.big) view.setBigInt64(at + 18, BigInt(at));
  else view.setInt32(at + 18, at); // fSeekKey: where the record sits
  bytes.set(strings, at + 18 + seeks);
  if (opts.basket) {
    const h = at + 18 + seeks + strings.length;
    view.setInt16(h, 3);
    view.setInt32(h + 6, opts.basket[0]);
    view.setInt32(h + 10, opts.basket[1]);
    view.setInt32(h + 14, opts.basket[2]);
  }
  return bytes;
}
