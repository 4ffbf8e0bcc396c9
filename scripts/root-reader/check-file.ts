import { parseFileHeader, rootVersionText, truncatedFile, type FileHeader } from './file-header.js';
import type { CheckedData } from './integrity.js';
import { readHints, readMessages } from './read-messages.js';
import { readRecordPayload } from './record-payload.js';
import { RootReadError } from './root-read-error.js';

/**
 * Checks made before jsroot sees the bytes: the header (magic, fEND against
 * the file size), that the file has streamer infos at all (ROOT 2 files have
 * none, and jsroot cannot read them), and the StreamerInfo record.
 */
export async function checkFile(bytes: Uint8Array, file: string): Promise<{ header: FileHeader; info: CheckedData }> {
  const header = parseFileHeader(bytes, file);
  if (header.end > bytes.length) throw truncatedFile(file, header.end, bytes.length, 'file header');
  if (header.seekInfo === 0 || header.nbytesInfo === 0) {
    throw new RootReadError({
      kind: 'unsupported', file, object: 'file header',
      message: readMessages.noStreamerInfo(rootVersionText(header.version)),
      hint: readHints.resave(),
    });
  }
  const object = 'StreamerInfo';
  const record = await readRecordPayload(bytes, { file, object, seek: header.seekInfo, nbytes: header.nbytesInfo, expect: { className: 'TList', name: object } });
  return { header, info: { kind: 'record', name: object, bytes: record.stored, unverified: record.unverified } };
}
