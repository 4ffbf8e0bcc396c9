/** Where a directory's keys list lies, from its TDirectory part (ROOT-FORMAT.md §5). */
export interface DirectoryPart {
  nbytesKeys: number;
  seekKeys: number;
}

/** Bytes of the small (v < 1000, 4-byte seeks) and big (8-byte seeks) forms up to fSeekKeys included. */
const SMALL = 30;
const BIG = 42;

/**
 * Reads fNbytesKeys and fSeekKeys from a subdirectory record's data (which,
 * unlike the top directory's, starts with the TDirectory part). Returns
 * undefined when the data is too short to hold them.
 */
export function parseDirectoryPart(data: Uint8Array): DirectoryPart | undefined {
  if (data.length < SMALL) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const big = view.getInt16(0) > 1000;
  if (big && data.length < BIG) return undefined;
  const nbytesKeys = view.getInt32(10);
  const seekKeys = big ? Number(view.getBigInt64(34)) : view.getUint32(26);
  return { nbytesKeys, seekKeys };
}
