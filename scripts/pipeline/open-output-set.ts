import path from 'node:path';
import { DATA_FILES, SET_MARKER, type OutputFileMeta, type OutputFolderMeta } from '../../src/contract/data-contract';
import { BuildError, isBuildError } from './build-error';
import { checkOutputTarget, sidePaths } from './check-output-target';
import { moveOwnFolder, removeOwnFolder } from './guarded-moves';
import { messages } from './messages';
import { nodeOutputFs, type OutputFs } from './output-fs';
import { createFileSink, type FileSink } from './file-sink';
import { recoverOutputSet } from './recover-output-set';
import { markerText, newSetId } from './set-marker';

/** Where and how to write an output set. */
export interface OutputSetOptions {
  fs?: OutputFs;
  /** Paths the output folder must not contain (the sources file, the working directory). */
  protect?: readonly string[];
  /** The set's id (tests); a fresh random one by default. */
  id?: string;
}

/**
 * An output set being written into its staging folder (`.<out>-staging`,
 * marker first). Files and subfolders are added while the build runs; commit
 * writes manifest.json and swaps the set in; discard removes the staging
 * folder. Every failure is a BuildError 'output-not-writable' naming the
 * output folder (or 'output-unsafe' when a folder is not the build's).
 */
export interface StagingSet {
  readonly id: string;
  /** The staging folder. */
  readonly dir: string;
  /** A file of the set written in chunks (hashed while written); `name` may be `folder/file` in an added folder. */
  createFile(name: string): Promise<FileSink>;
  /** A whole file at once. */
  addFile(name: string, bytes: Uint8Array): Promise<OutputFileMeta>;
  /** A subfolder of the set (listed in the manifest's `folders`). */
  addFolder(name: string): Promise<void>;
  /** The files and folders added so far, for the manifest. */
  contents(): { files: OutputFileMeta[]; folders: OutputFolderMeta[] };
  /** Writes manifest.json, then replaces the output folder by the set. */
  commit(manifest: Uint8Array): Promise<void>;
  /** Removes the staging folder after a failure (never throws). */
  discard(): Promise<void>;
}

const PLAIN_NAME = /^(?!\.{1,2}$)[^/\\\0]+$/;

/**
 * Recovers from an interrupted earlier build, refuses an output path the
 * build must not write (checkOutputTarget), then creates the staging folder
 * (never reusing an existing one) with the set's marker in it.
 */
export async function openOutputSet(outDir: string, options: OutputSetOptions = {}): Promise<StagingSet> {
  const fs = options.fs ?? nodeOutputFs;
  const protect = options.protect ?? [];
  const id = options.id ?? newSetId();
  const { staging } = sidePaths(outDir);
  await guard(outDir, () => recoverOutputSet(outDir, fs, protect));
  const madeParent = await guard(outDir, async () => {
    const made = await fs.makeParents(staging);
    await fs.makeFolder(staging);
    return made;
  });
  const set = stagingSet(outDir, staging, id, fs, protect, madeParent);
  await guard(outDir, () => set.addFile(SET_MARKER, new TextEncoder().encode(markerText(id))), set.discard);
  return set;
}

/** Opens a set, lets `fill` write it and return the manifest's bytes, then commits; discards it when anything fails. */
export async function withOutputSet(outDir: string, options: OutputSetOptions, fill: (set: StagingSet) => Promise<Uint8Array>): Promise<void> {
  const set = await openOutputSet(outDir, options);
  try {
    await set.commit(await fill(set));
  } catch (error) {
    await set.discard();
    throw error;
  }
}

function stagingSet(outDir: string, dir: string, id: string, fs: OutputFs, protect: readonly string[], madeParent: string | undefined): StagingSet {
  const files: OutputFileMeta[] = [];
  const folders: OutputFolderMeta[] = [];
  const listed = (name: string) => name !== SET_MARKER && name !== DATA_FILES.manifest;
  const createFile = async (name: string): Promise<FileSink> => {
    const parts = name.split('/');
    const folder = parts.length === 2 ? folders.find((f) => f.name === parts[0]) : undefined;
    if (!parts.every((p) => PLAIN_NAME.test(p)) || parts.length > 2 || (parts.length === 2 && !folder)) throw new Error(messages.badSetEntry(name));
    const writer = await guard(outDir, () => fs.createFile(path.join(dir, name)));
    return createFileSink(name, writer, (meta) => {
      if (folder) {
        folder.files++;
        folder.bytes += meta.bytes;
      } else if (listed(name)) files.push(meta);
    }, (cause) => notWritable(outDir, cause));
  };
  const set: StagingSet = {
    id,
    dir,
    createFile,
    async addFile(name, bytes) {
      const sink = await createFile(name);
      await sink.write(bytes);
      return sink.close();
    },
    async addFolder(name) {
      if (!PLAIN_NAME.test(name) || folders.some((f) => f.name === name)) throw new Error(messages.badSetEntry(name));
      await guard(outDir, () => fs.makeFolder(path.join(dir, name)));
      folders.push({ name, files: 0, bytes: 0 });
    },
    contents: () => ({ files: [...files], folders: folders.map((f) => ({ ...f })) }),
    async commit(manifest) {
      await set.addFile(DATA_FILES.manifest, manifest);
      await guard(outDir, () => swapIn(outDir, id, fs, protect));
    },
    async discard() {
      await removeOwnFolder(dir, 'staging', fs, id).catch(() => removeIfOnlyPartialMarker(dir, id, fs)).catch(() => undefined);
      // Folders created for the staging folder go too (each only if empty), innermost first.
      for (let p = path.dirname(dir); madeParent !== undefined && isWithin(p, madeParent); p = path.dirname(p)) {
        await fs.removeEmptyFolder(p).catch(() => undefined);
      }
    },
  };
  return set;
}

/** Moves the current output (if any) aside, the staging folder in, then removes the old set; undoes the first move on failure. */
async function swapIn(outDir: string, id: string, fs: OutputFs, protect: readonly string[]): Promise<void> {
  const paths = sidePaths(outDir);
  const states = await checkOutputTarget(outDir, protect, fs);
  let moved = false;
  try {
    if (states.output.kind === 'own') {
      await moveOwnFolder(outDir, 'output', paths.previous, fs);
      moved = true;
    } else if (states.output.kind === 'empty') await fs.removeEmptyFolder(outDir);
    await moveOwnFolder(paths.staging, 'staging', outDir, fs, id);
  } catch (error) {
    if (moved) await moveOwnFolder(paths.previous, 'previous', outDir, fs).catch(() => undefined);
    throw error;
  }
  // The new set is in place: an old set that cannot be removed now is removed by the next build's recovery.
  if (moved) await removeOwnFolder(paths.previous, 'previous', fs).catch(() => undefined);
}

/**
 * A staging folder whose marker could not be written whole holds nothing but
 * the start of this build's marker text (the folder was created exclusively
 * by this build a moment before): only then is it removed.
 */
async function removeIfOnlyPartialMarker(dir: string, id: string, fs: OutputFs): Promise<void> {
  const entries = await fs.list(dir);
  if (entries.length === 0) return fs.removeEmptyFolder(dir);
  if (entries.length !== 1 || entries[0] !== SET_MARKER) return;
  const text = await fs.readText(path.join(dir, SET_MARKER));
  if (markerText(id).startsWith(text)) await fs.removeTree(dir);
}

function isWithin(p: string, top: string): boolean {
  const relative = path.relative(top, p);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Runs an output step, turning a failure that is not a BuildError into 'output-not-writable'. */
async function guard<T>(outDir: string, step: () => Promise<T>, onFailure?: () => Promise<void>): Promise<T> {
  try {
    return await step();
  } catch (cause) {
    await onFailure?.();
    throw isBuildError(cause) ? cause : notWritable(outDir, cause);
  }
}

function notWritable(outDir: string, cause: unknown): BuildError {
  if (isBuildError(cause)) return cause;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new BuildError({ kind: 'output-not-writable', file: outDir, message: messages.outputNotWritable(outDir, detail), hint: messages.outputNotWritableHint() }, { cause });
}
