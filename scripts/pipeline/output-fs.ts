import { lstat, mkdir, open, readdir, readFile, rename, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';

/** What a path is, without following a symbolic link at the path itself. */
export type EntryKind = 'missing' | 'file' | 'folder' | 'other';

/** A file being written: chunks in order, then close. */
export interface FileWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/**
 * The file operations the output writer needs, injectable so tests can make
 * any one of them fail. Nothing here overwrites or deletes by itself: files
 * are created exclusively, folders too, and the two removals are only called
 * after the caller proved the folder is the build's own.
 */
export interface OutputFs {
  /** 'other' for symbolic links, devices, FIFOs, sockets. */
  kind(target: string): Promise<EntryKind>;
  list(dir: string): Promise<string[]>;
  readText(file: string): Promise<string>;
  /** Creates `dir`'s missing parents (not `dir`); returns the first one created (the outermost), if any. */
  makeParents(dir: string): Promise<string | undefined>;
  /** Creates `dir`; fails when it exists. */
  makeFolder(dir: string): Promise<void>;
  /** Creates `file` for writing; fails when it exists. */
  createFile(file: string): Promise<FileWriter>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a folder and everything in it (only ever called on a folder proven the build's own). */
  removeTree(dir: string): Promise<void>;
  /** Removes a folder only if it is empty (fails otherwise). */
  removeEmptyFolder(dir: string): Promise<void>;
}

async function kindOf(target: string): Promise<EntryKind> {
  try {
    const s = await lstat(target);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : 'other';
  } catch (error) {
    // ENOTDIR: a parent is a file, so nothing can be at the path.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw error;
  }
}

export const nodeOutputFs: OutputFs = {
  kind: kindOf,
  list: (dir) => readdir(dir),
  readText: (file) => readFile(file, 'utf8'),
  makeParents: (dir) => mkdir(path.dirname(dir), { recursive: true }),
  makeFolder: (dir) => mkdir(dir),
  createFile: async (file) => {
    const handle = await open(file, 'wx');
    return {
      write: async (chunk) => {
        for (let done = 0; done < chunk.length; ) done += (await handle.write(chunk, done, chunk.length - done)).bytesWritten;
      },
      close: () => handle.close(),
    };
  },
  rename: (from, to) => rename(from, to),
  removeTree: (dir) => rm(dir, { recursive: true }),
  removeEmptyFolder: (dir) => rmdir(dir),
};
