import { captureConsole } from './capture-console.js';
import { streamerInfoProblem } from './check-streamer-infos.js';
import { checkTreeObject, type TreeShape } from './check-tree-object.js';
import { findTreeKey } from './find-tree.js';
import type { CheckedData } from './integrity.js';
import { openRootFile, type JsrootKey } from './open-root-file.js';
import { readHints, readMessages } from './read-messages.js';
import type { RecordKey } from './record-key.js';
import { readRecordPayload } from './record-payload.js';
import { isRootReadError, RootReadError } from './root-read-error.js';

/** The tree's key, jsroot's TTree object (checked), its record's integrity and what jsroot printed. */
export interface OpenedTree extends TreeShape {
  key: JsrootKey;
  /** The TTree record, for the integrity tally. */
  record: CheckedData;
  /** True when checksums cover both the StreamerInfo and the TTree record, so jsroot decoded what ROOT wrote. */
  verified: boolean;
  /** jsroot's console output while it opened the file and read the tree. */
  noise: string[];
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The error for an object jsroot could not decode (or decoded into something
 * unusable): 'unsupported' when checksums verified its bytes (jsroot misreads
 * what ROOT wrote), else 'corrupt' (damaged, or a layout jsroot misreads).
 */
export function undecodable(file: string, object: string, verified: boolean, detail: string): RootReadError {
  return new RootReadError(verified
    ? { kind: 'unsupported', file, object, message: readMessages.jsrootMisreads(detail), hint: readHints.report() }
    : { kind: 'corrupt', file, object, message: readMessages.jsrootCannotDecode(detail), hint: readHints.copyAgainOrReport() });
}

/** The keys-list copy must describe the record exactly (ROOT-FORMAT.md §6): jsroot fetches and decodes with it. */
function keyCopyProblem(copy: JsrootKey & { fObjlen?: number; fKeylen?: number }, own: RecordKey): string | undefined {
  if (copy.fObjlen !== own.objlen) return readMessages.keyCopy('fObjlen', String(copy.fObjlen), own.objlen);
  if (copy.fKeylen !== own.keylen) return readMessages.keyCopy('fKeylen', String(copy.fKeylen), own.keylen);
  if (copy.fCycle !== own.cycle) return readMessages.keyCopy('cycle', copy.fCycle, own.cycle);
  return undefined;
}

/**
 * Opens the file with jsroot, finds the tree's key, checks the TTree record
 * (extent, key against the keys-list copy, compressed blocks) before jsroot
 * decodes it, then checks what jsroot made of it. jsroot's console output is
 * captured and goes into the detail of any error. A failure on bytes that
 * checksums verified is 'unsupported' (jsroot misreads the layout); on bytes
 * no checksum covers it is 'corrupt' (damaged, or a layout jsroot misreads).
 */
export async function openTree(bytes: Uint8Array, file: string, treePath: string, infoVerified: boolean): Promise<OpenedTree> {
  const noise: string[] = [];
  const quiet = async <T>(run: () => Promise<T>, fail: (detail: string) => RootReadError): Promise<T> => {
    const got = await captureConsole(run);
    noise.push(...got.lines);
    if (got.ok) return got.value;
    if (isRootReadError(got.error)) throw got.error;
    throw fail(readMessages.jsrootSaid(errorText(got.error), noise));
  };
  const failing = (object: string, verified: boolean) => (detail: string) => undecodable(file, object, verified, detail);
  const rootFile = await quiet(() => openRootFile(bytes), (detail) =>
    new RootReadError({ kind: 'corrupt', file, object: 'top directory', message: readMessages.jsrootCannotOpen(detail), hint: readHints.copyAgainOrReport() }));
  const infoProblem = streamerInfoProblem(rootFile);
  if (infoProblem) throw undecodable(file, 'StreamerInfo', infoVerified, readMessages.jsrootSaid(infoProblem, noise));
  const key = await quiet(() => findTreeKey(rootFile, bytes, file, treePath), failing(`directory of '${treePath}'`, false));
  const object = `${key.fClassName} '${treePath}'`;
  const own = await readRecordPayload(bytes, { file, object, seek: key.fSeekKey, nbytes: key.fNbytes, expect: { className: key.fClassName, name: key.fRealName ?? key.fName } });
  const copyProblem = keyCopyProblem(key, own.key);
  if (copyProblem) throw new RootReadError({ kind: 'corrupt', file, object, message: readMessages.damagedRecord(key.fSeekKey, copyProblem), hint: readHints.copyAgain() });
  const verified = infoVerified && own.unverified.length === 0;
  const tree = await quiet(() => rootFile.readObject(`${treePath};${key.fCycle}`), failing(object, verified));
  const shape = checkTreeObject(tree);
  if (typeof shape === 'string') throw undecodable(file, object, verified, readMessages.jsrootSaid(shape, noise));
  return { ...shape, key, record: { kind: 'record', name: object, bytes: own.stored, unverified: own.unverified }, verified, noise };
}
