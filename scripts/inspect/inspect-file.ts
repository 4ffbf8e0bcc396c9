import { readFile } from 'node:fs/promises';
import { captureConsole } from '../root-reader/capture-console';
import { compressionName } from '../root-reader/compression-name';
import { parseFileHeader, rootVersionText } from '../root-reader/file-header';
import { openRootFile } from '../root-reader/open-root-file';
import { inspectTree, type TreeReport } from './inspect-tree';
import { listObjects, type ListedObject } from './list-objects';

/** One key of the file, and for a tree what the build would make of it. */
export interface ObjectReport extends ListedObject {
  tree?: TreeReport;
}

/** What `npm run inspect` says of one file. */
export interface FileReport {
  file: string;
  bytes: number;
  rootVersion?: string;
  compression?: string;
  objects: ObjectReport[];
  /** Why the file could not be looked into at all. */
  error?: string;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Lists every object of a ROOT file by path, cycle and class; for each tree,
 * its entries and branches with the columns the build would write (or the
 * reason it refuses them) and its key candidates. Never throws: what cannot
 * be read is said in `error`.
 */
export async function inspectFile(file: string): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    return { file, bytes: 0, objects: [], error: errorText(error) };
  }
  const report: FileReport = { file, bytes: bytes.length, objects: [] };
  try {
    const header = parseFileHeader(bytes, file);
    report.rootVersion = rootVersionText(header.version);
    report.compression = compressionName(header.compress);
  } catch (error) {
    return { ...report, error: errorText(error) };
  }
  const opened = await captureConsole(async () => {
    const rootFile = await openRootFile(bytes);
    return { rootFile, objects: await listObjects(rootFile) };
  });
  if (!opened.ok) return { ...report, error: `jsroot cannot open it (${errorText(opened.error)})` };
  for (const object of opened.value.objects) {
    if (object.kind !== 'tree') {
      report.objects.push(object);
      continue;
    }
    const tree = await inspectTree(file, bytes, opened.value.rootFile, object.path, object.cycle, object.latest);
    report.objects.push({ ...object, tree });
  }
  return report;
}
