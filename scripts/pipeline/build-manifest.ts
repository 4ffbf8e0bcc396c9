import { createHash } from 'node:crypto';
import {
  MANIFEST_FORMAT,
  type BuildReport,
  type ColumnFileMeta,
  type ColumnMeta,
  type DataManifest,
  type OutputFileMeta,
  type OutputFolderMeta,
  type SourceMeta,
} from '../../src/contract/data-contract';

/** SHA-256 of bytes, lower-case hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** manifest.json of an output set (the manifest itself and the marker are not listed). */
export function buildManifest(fields: {
  setId: string;
  builtAt: Date;
  files: OutputFileMeta[];
  folders: OutputFolderMeta[];
  columns: ColumnMeta[];
  columnFiles: ColumnFileMeta[];
  sources: SourceMeta[];
  report: BuildReport;
}): DataManifest {
  return {
    format: MANIFEST_FORMAT,
    setId: fields.setId,
    builtAt: fields.builtAt.toISOString(),
    key: 'run',
    runs: fields.report.runs,
    files: fields.files,
    folders: fields.folders,
    columns: fields.columns,
    columnFiles: fields.columnFiles,
    sources: fields.sources,
    report: fields.report,
  };
}

/** The manifest as written: indented JSON and a final line break. */
export function manifestBytes(manifest: DataManifest): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
}
