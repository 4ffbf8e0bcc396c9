import { openFile } from 'jsroot/io'; // untyped: declared as any by jsroot's types.d.ts
import { readHints, readMessages } from './read-messages.js';
import { RootReadError } from './root-read-error.js';

/** What the reader uses of jsroot's TFile and TDirectory objects. */
export interface JsrootKey {
  fClassName: string;
  fName: string;
  fCycle: number;
  fSeekKey: number;
  fNbytes: number;
}
export interface JsrootDirectory {
  fKeys: JsrootKey[];
}
export interface JsrootFile extends JsrootDirectory {
  readObject(name: string, cycle?: number): Promise<unknown>;
  readDirectory(name: string): Promise<JsrootDirectory>;
}

/** Opens the file's bytes with jsroot; throws 'unreadable' when jsroot cannot parse it. */
export async function openRootFile(bytes: Uint8Array, file: string): Promise<JsrootFile> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  try {
    return (await openFile(buffer)) as JsrootFile;
  } catch (error) {
    throw new RootReadError({
      kind: 'unreadable', file, object: '', cause: error,
      message: readMessages.jsrootCannotOpen((error as Error).message),
      hint: readHints.resave(),
    });
  }
}
