import type { JsrootObject } from '../../src/contract/histogram-contract.js';
import { parseFileHeader, truncatedFile } from '../root-reader/file-header.js';
import { openRootFile } from '../root-reader/open-root-file.js';
import { readHints } from '../root-reader/read-messages.js';
import { readRecordPayload } from '../root-reader/record-payload.js';
import { RootReadError } from '../root-reader/root-read-error.js';
import { histogramMessages } from './histogram-messages.js';
import { histogramShapeProblem } from './histogram-shape.js';
import { readWithJsrootAlone } from './jsroot-reads.js';
import { serveVerifiedRecords } from './serve-verified-records.js';
import { listFileObjects, type FileObject, type HistogramRootFile } from './list-file-objects.js';

/** A histogram as jsroot read it, with where it was. */
export interface ReadHistogram {
  path: string;
  className: string;
  object: JsrootObject;
}

/** What one file gave: everything it lists, the histograms chosen and read, and the blocks only checked for size. */
export interface HistogramFileRead {
  objects: FileObject[];
  histograms: ReadHistogram[];
  /** Algorithm of each compressed block read that carried no checksum (zstd…), see the ROOT reader. */
  sizeOnly: string[];
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function corrupt(file: string, object: string, message: string, cause?: unknown): RootReadError {
  return new RootReadError({ kind: 'corrupt', file, object, cause, message, hint: readHints.copyAgain() });
}

/** One histogram through jsroot, after its record has been checked; jsroot failing on it, or giving it incomplete, means damaged data. */
async function readObject(rootFile: HistogramRootFile, file: string, entry: FileObject): Promise<JsrootObject> {
  const object = `${entry.className} '${entry.path}'`;
  let read: unknown;
  try {
    read = await rootFile.readObject(entry.path, entry.cycle);
  } catch (error) {
    throw corrupt(file, object, histogramMessages.jsrootCannotRead(errorText(error)), error);
  }
  const typename = (read as { _typename?: unknown } | null)?._typename;
  if (typename !== entry.className) throw corrupt(file, object, histogramMessages.jsrootCannotRead(`it gave ${String(typename)}`));
  const problem = histogramShapeProblem(entry.className, read);
  if (problem) throw corrupt(file, object, histogramMessages.jsrootCannotRead(problem));
  return read as JsrootObject;
}

async function readChecked(bytes: Uint8Array, file: string, select: (objects: FileObject[]) => FileObject[]): Promise<HistogramFileRead> {
  const header = parseFileHeader(bytes, file);
  if (header.end > bytes.length) throw truncatedFile(file, header.end, bytes.length);
  const info = await readRecordPayload(bytes, { file, object: 'StreamerInfo', seek: header.seekInfo, nbytes: header.nbytesInfo });
  const sizeOnly = [...info.sizeOnly];
  const rootFile = (await openRootFile(bytes, file)) as HistogramRootFile;
  const objects = await listFileObjects(rootFile, bytes, file);
  const chosen = select(objects);
  const payloads = new Map<number, Uint8Array>();
  for (const entry of chosen) {
    const record = await readRecordPayload(bytes, { file, object: `${entry.className} '${entry.path}'`, seek: entry.seekKey, nbytes: entry.nbytes });
    sizeOnly.push(...record.sizeOnly);
    payloads.set(entry.seekKey, record.payload);
  }
  serveVerifiedRecords(rootFile, payloads);
  const histograms: ReadHistogram[] = [];
  for (const entry of chosen) histograms.push({ path: entry.path, className: entry.className, object: await readObject(rootFile, file, entry) });
  return { objects, histograms, sizeOnly };
}

/**
 * Reads the histograms `select` picks from the file's object list. Before
 * jsroot sees anything: the header against the file size, the StreamerInfo
 * record, every key of every directory, every subdirectory record and each
 * chosen histogram's record (compressed blocks verified as the ROOT reader
 * does); jsroot then decodes the chosen histograms from those verified
 * bytes (serveVerifiedRecords); jsroot failing on any of it makes the file 'corrupt'. The whole read runs in the process-wide jsroot queue, so it never
 * overlaps another jsroot read. Throws RootReadError for a file that cannot
 * be read (then nothing of it is used).
 */
export async function readHistogramFile(
  bytes: Uint8Array, file: string, select: (objects: FileObject[]) => FileObject[],
): Promise<HistogramFileRead> {
  const guarded = await readWithJsrootAlone(() => readChecked(bytes, file, select));
  if (!guarded.ok) throw corrupt(file, '', histogramMessages.jsrootLost(errorText(guarded.lost)), guarded.lost);
  return guarded.value;
}
