/**
 * Test helper, independent of the reader: walks a ROOT file's records from
 * fBEGIN by fNbytes (ROOT-FORMAT.md §2, §14.1), a negative fNbytes marking a
 * gap, and tells for each how its data is stored.
 */
export interface WalkedRecord {
  offset: number;
  className: string;
  name: string;
  keylen: number;
  /** Bytes after the key. */
  stored: number;
  /** 'raw', or the tag of the first compression block ('ZL', 'L4', 'XZ', 'ZS', 'CS'). */
  storage: string;
}

export function walkRecords(bytes: Uint8Array): WalkedRecord[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = view.getInt32(4) >= 1_000_000 ? Number(view.getBigInt64(12)) : view.getInt32(12);
  const out: WalkedRecord[] = [];
  for (let at = view.getInt32(8); at < end;) {
    const nbytes = view.getInt32(at);
    if (nbytes < 0) {
      at -= nbytes;
      continue;
    }
    const keylen = view.getUint16(at + 14);
    const objlen = view.getInt32(at + 6);
    let s = at + 18 + (view.getInt16(at + 4) > 1000 ? 16 : 8);
    const strings: string[] = [];
    for (let k = 0; k < 2; k++) {
      const n = bytes[s];
      strings.push(String.fromCharCode(...bytes.subarray(s + 1, s + 1 + n)));
      s += 1 + n;
    }
    const stored = nbytes - keylen;
    const storage = objlen <= stored ? 'raw' : String.fromCharCode(bytes[at + keylen], bytes[at + keylen + 1]);
    out.push({ offset: at, className: strings[0], name: strings[1], keylen, stored, storage });
    at += nbytes;
  }
  return out;
}
