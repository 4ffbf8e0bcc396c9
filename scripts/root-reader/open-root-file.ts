import { openFile } from 'jsroot/io'; // untyped: declared as any by jsroot's types.d.ts

/** What the reader uses of jsroot's TFile and TDirectory objects. */
export interface JsrootKey {
  fClassName: string;
  fName: string;
  /** The name as stored, when jsroot changed it (it drops quotes from names). */
  fRealName?: string;
  fTitle?: string;
  fCycle: number;
  fSeekKey: number;
  fNbytes: number;
  fObjlen?: number;
  fKeylen?: number;
}
export interface JsrootDirectory {
  fKeys: JsrootKey[];
}
export interface JsrootFile extends JsrootDirectory {
  readObject(name: string, cycle?: number): Promise<unknown>;
  readDirectory(name: string, cycle?: number): Promise<JsrootDirectory>;
}

/** Opens the file's bytes with jsroot (without copying them when they fill their buffer); rejects when jsroot cannot parse them. */
export async function openRootFile(bytes: Uint8Array): Promise<JsrootFile> {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const buffer = whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return (await openFile(buffer)) as JsrootFile;
}
