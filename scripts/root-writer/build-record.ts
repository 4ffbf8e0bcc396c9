import { ByteWriter } from './ByteWriter';
import { compressPayload } from './compress-payload';
import { keyLength, writeKey, type KeyHeader } from './key';

/** What a record's key says about it, apart from sizes and position. */
export type RecordIdentity = Pick<KeyHeader, 'className' | 'name' | 'title' | 'cycle' | 'seekPdir' | 'datime' | 'big'>;

/** A record ready to be placed in the file. */
export interface BuiltRecord {
  /** Key header + stored data. */
  bytes: Uint8Array;
  /** The key header alone (what the keys list copies). */
  key: Uint8Array;
  keylen: number;
  objlen: number;
}

/**
 * Builds one record at file offset `seekKey`: the key, any bytes a subclass
 * keeps inside the key (`keyExtra`, e.g. the TBasket header, which may depend
 * on the key length), then `data`, zlib-compressed when `zlibLevel` > 0 and that
 * makes it strictly smaller.
 */
export function buildRecord(
  id: RecordIdentity,
  seekKey: number,
  data: Uint8Array,
  zlibLevel: number,
  keyExtra?: { bytes: number; write: (w: ByteWriter, keylen: number) => void },
): BuiltRecord {
  const extra = keyExtra?.bytes ?? 0;
  const keylen = keyLength(id.className, id.name, id.title, id.big, extra);
  const zipped = zlibLevel > 0 ? compressPayload(data, zlibLevel) : null;
  const stored = zipped ?? data;
  const w = new ByteWriter(0, keylen);
  writeKey(w, { ...id, nbytes: keylen + stored.length, objlen: data.length, seekKey }, extra);
  keyExtra?.write(w, keylen);
  const key = w.finish();
  if (key.length !== keylen) throw new Error(`buildRecord: key of ${id.className} "${id.name}" is ${key.length} bytes, expected ${keylen}`);
  const bytes = new Uint8Array(keylen + stored.length);
  bytes.set(key, 0);
  bytes.set(stored, keylen);
  return { bytes, key, keylen, objlen: data.length };
}
