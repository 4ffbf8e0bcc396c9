import { TBuffer } from 'jsroot/io'; // untyped: declared as any by jsroot's types.d.ts

/** The key fields jsroot passes when it fetches an object's data. */
interface JsrootKeyRef {
  fSeekKey: number;
  fKeylen: number;
}

/** jsroot's TFile as far as this module touches it. */
interface ObjectBufferSource {
  readObjBuffer(key: JsrootKeyRef): Promise<unknown>;
}

/**
 * Makes jsroot decode, for the records in `payloads` (by fSeekKey), the
 * bytes already decompressed and verified by the ROOT reader's checks
 * (readRecordPayload), instead of decompressing the record again with its own
 * unchecked JavaScript inflate: the object jsroot returns comes from exactly
 * the bytes whose checksums were verified, and each record is inflated once
 * (jsroot's inflate was half of the extraction's CPU time). Other records
 * (directories, anything not listed) go through jsroot as before. The buffer
 * is jsroot's TBuffer over the payload with fTagOffset = the key length, as
 * jsroot's own TFile.readObjBuffer builds it (jsroot 7.11.2).
 */
export function serveVerifiedRecords(file: ObjectBufferSource, payloads: ReadonlyMap<number, Uint8Array>): void {
  const own = file.readObjBuffer.bind(file);
  file.readObjBuffer = (key) => {
    const payload = payloads.get(key.fSeekKey);
    if (!payload) return own(key);
    const buffer = new TBuffer(new DataView(payload.buffer, payload.byteOffset, payload.byteLength), 0, file);
    buffer.fTagOffset = key.fKeylen;
    return Promise.resolve(buffer);
  };
}
