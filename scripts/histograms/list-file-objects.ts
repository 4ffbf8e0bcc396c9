import type { JsrootDirectory, JsrootFile, JsrootKey } from '../root-reader/open-root-file.js';
import { readHints } from '../root-reader/read-messages.js';
import { checkRecordExtent, readRecordPayload } from '../root-reader/record-payload.js';
import { RootReadError } from '../root-reader/root-read-error.js';
import { parseDirectoryPart } from './directory-part.js';
import { histogramMessages } from './histogram-messages.js';

/** An object (not a directory) of a ROOT file, by its path. */
export interface FileObject {
  /** `TPC/DCA/dcaR`: directories from the top, then the object's name. */
  path: string;
  className: string;
  cycle: number;
  seekKey: number;
  nbytes: number;
}

/** jsroot's TFile, whose readDirectory also takes the cycle, with the readObjBuffer serveVerifiedRecords replaces. */
export type HistogramRootFile = JsrootFile & {
  readDirectory(name: string, cycle?: number): Promise<JsrootDirectory>;
  readObjBuffer(key: { fSeekKey: number; fKeylen: number }): Promise<unknown>;
};

const isDirectory = (key: JsrootKey) => key.fClassName === 'TDirectory' || key.fClassName === 'TDirectoryFile';

/** The keys of a directory, one per name (the highest cycle wins), StreamerInfo left out. */
function latestKeys(dir: JsrootDirectory): JsrootKey[] {
  const best = new Map<string, JsrootKey>();
  for (const key of dir.fKeys) {
    if (key.fClassName === 'TList' && key.fName === 'StreamerInfo') continue;
    const known = best.get(key.fName);
    if (!known || key.fCycle > known.fCycle) best.set(key.fName, key);
  }
  return [...best.values()];
}

/**
 * Checks a subdirectory's record (its key against the pointer to it) and that
 * its keys list lies inside the file, before jsroot reads either.
 */
async function checkSubdirectory(bytes: Uint8Array, file: string, path: string, key: JsrootKey): Promise<void> {
  const object = `TDirectory '${path}'`;
  const record = await readRecordPayload(bytes, { file, object, seek: key.fSeekKey, nbytes: key.fNbytes });
  const part = parseDirectoryPart(record.payload);
  if (!part || part.nbytesKeys <= 0 || part.seekKeys <= 0) {
    throw new RootReadError({
      kind: 'corrupt', file, object, message: histogramMessages.badDirectory(key.fSeekKey), hint: readHints.copyAgain(),
    });
  }
  checkRecordExtent(bytes, { file, object: `keys of ${object}`, seek: part.seekKeys, nbytes: part.nbytesKeys });
}

/** jsroot's reading of a checked subdirectory; its failing means the keys list is damaged. */
async function readDirectory(rootFile: HistogramRootFile, file: string, path: string, cycle: number): Promise<JsrootDirectory> {
  try {
    return await rootFile.readDirectory(path, cycle);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new RootReadError({
      kind: 'corrupt', file, object: `TDirectory '${path}'`, cause: error, message: histogramMessages.jsrootCannotRead(detail), hint: readHints.copyAgain(),
    });
  }
}

/**
 * Every object of the file below the top directory, depth first, directories
 * in the order their parent lists them. Each key's record must lie inside
 * the file ('truncated' otherwise), each subdirectory record must agree with
 * its key ('corrupt'). jsroot work: call inside the jsroot read queue.
 */
export async function listFileObjects(rootFile: HistogramRootFile, bytes: Uint8Array, file: string): Promise<FileObject[]> {
  const out: FileObject[] = [];
  const walk = async (dir: JsrootDirectory, prefix: string): Promise<void> => {
    const keys = latestKeys(dir);
    for (const key of keys) {
      const path = prefix + key.fName;
      checkRecordExtent(bytes, { file, object: `${key.fClassName} '${path}'`, seek: key.fSeekKey, nbytes: key.fNbytes });
    }
    for (const key of keys) {
      const path = prefix + key.fName;
      if (!isDirectory(key)) {
        out.push({ path, className: key.fClassName, cycle: key.fCycle, seekKey: key.fSeekKey, nbytes: key.fNbytes });
        continue;
      }
      await checkSubdirectory(bytes, file, path, key);
      await walk(await readDirectory(rootFile, file, path, key.fCycle), `${path}/`);
    }
  };
  await walk(rootFile, '');
  return out;
}
