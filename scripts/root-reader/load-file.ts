import { readFile } from 'node:fs/promises';
import { readHints, readMessages } from './read-messages.js';
import { RootReadError } from './root-read-error.js';

/** Reads the whole file; throws 'missing-file' or 'unreadable' naming the path. */
export async function loadFile(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT';
    throw new RootReadError({
      kind: missing ? 'missing-file' : 'unreadable', file, object: '', cause: error,
      message: missing ? readMessages.missingFile() : readMessages.unreadableFile(code ?? (error as Error).message),
      hint: missing ? readHints.checkSourcePath() : readHints.checkReadable(),
    });
  }
}
