import { createHash } from 'node:crypto';
import {
  MANIFEST_FORMAT,
  type BuildReport,
  type ColumnMeta,
  type DataManifest,
  type OutputFileMeta,
  type SourceMeta,
} from '../../src/contract/data-contract';

/** SHA-256 of bytes, lower-case hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Size and hash of one output file. */
export function outputFileMeta(name: string, bytes: Uint8Array): OutputFileMeta {
  return { name, bytes: bytes.byteLength, sha256: sha256(bytes) };
}

/** manifest.json for the written files (the manifest itself is not listed). */
export function buildManifest(fields: {
  builtAt: Date;
  files: { name: string; bytes: Uint8Array }[];
  columns: ColumnMeta[];
  sources: SourceMeta[];
  report: BuildReport;
}): DataManifest {
  return {
    format: MANIFEST_FORMAT,
    builtAt: fields.builtAt.toISOString(),
    key: 'run',
    runs: fields.report.runs,
    files: fields.files.map((f) => outputFileMeta(f.name, f.bytes)),
    columns: fields.columns,
    sources: fields.sources,
    report: fields.report,
  };
}
