import type { ReportEntry, SourceFileMeta } from '../../src/contract/data-contract';
import { applySentinels } from './apply-sentinels';
import { BuildError, isBuildError } from './build-error';
import { sha256 } from './build-manifest';
import { concatParts } from './concat-parts';
import { countNonFinite } from './count-non-finite';
import { messages } from './messages';
import { pivotSource } from './pivot-source';
import { readCsvSource } from './read-csv-source';
import { readRootSource, type ReadTree, type SourceFileRef } from './read-root-source';
import { selectSourceFiles, type SelectFilesDeps } from './select-source-files';
import type { SourceSpec } from './sources-config';
import type { KeyedPart, SourceTable } from './source-table';

/** What reading a source needs from the outside world. */
export interface ReadSourceDeps extends SelectFilesDeps {
  readTree: ReadTree;
  /** Reads one input file whole (readSourceFile: regular files only, size-capped). */
  readFile: (file: string) => Promise<Uint8Array>;
}

/**
 * Reads every file of one source (paths relative to `baseDir`) into one
 * source table, with the files' sizes and hashes and what was reported.
 * One file at a time: its bytes are read once, hashed and handed to the
 * parser, then dropped. A long-format source is then pivoted (one row per
 * run), and the source's sentinel values stored as missing. Repeated runs
 * of a wide source are still in the table (see resolveRepeatedRuns).
 */
export async function readSource(
  spec: SourceSpec, baseDir: string, deps: ReadSourceDeps, outputFolders: readonly string[] = [],
): Promise<{ table: SourceTable; report: ReportEntry[] }> {
  const out: ReadFiles = { parts: [], files: [], report: [] };
  for (const ref of await selectSourceFiles(spec, baseDir, outputFolders, deps)) {
    const bytes = await readBytes(ref, deps.readFile);
    if (spec.kind === 'csv') readCsvFile(spec, ref, bytes, deps.log, out);
    else await readRootFile(spec, ref, bytes, deps, out);
  }
  if (spec.kind === 'root') out.report.push(...countNonFinite(spec.name, out.parts));
  let table = concatParts(spec.name, out.parts, out.files);
  if (spec.pivot) {
    const pivoted = pivotSource(table, { ...spec.pivot, duplicates: spec.duplicates, maxColumns: spec.maxPivotColumns });
    out.report.push(...pivoted.report);
    table = pivoted.table;
  }
  const blanked = applySentinels(table, spec.missing);
  out.report.push(...blanked.report);
  return { table: blanked.table, report: out.report };
}

/** Entries read so far (for `"key": "$entry"`, which continues across the files of a source). */
function entriesSoFar(out: ReadFiles): number {
  return out.files.reduce((n, f) => n + f.entries, 0);
}

interface ReadFiles {
  parts: KeyedPart[];
  files: SourceFileMeta[];
  report: ReportEntry[];
}

function readCsvFile(spec: SourceSpec, ref: SourceFileRef, bytes: Uint8Array, log: (line: string) => void, out: ReadFiles): void {
  log(messages.readingFile(spec.name, ref.label));
  const { part, report, nanCells } = readCsvSource(new TextDecoder().decode(bytes), ref.label, spec.name, spec.key, {
    firstEntry: entriesSoFar(out),
    ...(spec.columns ? { columns: spec.columns } : {}),
  });
  const entries = part.entries + report.filter((e) => e.kind === 'invalid-key').length;
  log(messages.readFile(entries, part.columns.length + 1, 0));
  out.parts.push(part);
  out.report.push(...report, ...countNonFinite(spec.name, [part], nanCells));
  out.files.push({ ...fileMeta(ref, bytes, entries), rootVersion: '', compression: 'csv' });
}

async function readRootFile(spec: SourceSpec, ref: SourceFileRef, bytes: Uint8Array, deps: ReadSourceDeps, out: ReadFiles): Promise<void> {
  const read = await readRootSource(spec, [{ ...ref, bytes }], deps.readTree, deps.log, entriesSoFar(out));
  const file = read.files[0];
  if (file.part) out.parts.push(file.part);
  out.report.push(...read.report);
  out.files.push({ ...fileMeta(ref, bytes, file.entries), rootVersion: file.rootVersion, compression: file.compression });
}

function fileMeta(ref: SourceFileRef, bytes: Uint8Array, entries: number): Omit<SourceFileMeta, 'rootVersion' | 'compression'> {
  return { path: ref.label, bytes: bytes.byteLength, sha256: sha256(bytes), entries };
}

async function readBytes(ref: SourceFileRef, readFile: (file: string) => Promise<Uint8Array>): Promise<Uint8Array> {
  try {
    return await readFile(ref.path);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    if (isBuildError(cause)) throw cause;
    throw new BuildError({ kind: 'source-file-unreadable', file: ref.label, message: messages.sourceFileUnreadable(ref.path, detail), hint: messages.sourceFileUnreadableHint() }, { cause });
  }
}
