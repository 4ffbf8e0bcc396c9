import { MANIFEST_FORMAT, type DataManifest } from '../contract/data-contract';

/** The manifest if `json` looks like one, or why not (checked: format, columns, files). */
export function toManifest(json: unknown): { ok: true; manifest: DataManifest } | { ok: false; why: string } {
  if (typeof json !== 'object' || json === null) return { ok: false, why: 'not a JSON object' };
  const candidate = json as Partial<DataManifest>;
  if (candidate.format !== MANIFEST_FORMAT) {
    return { ok: false, why: `format is ${JSON.stringify(candidate.format)}, expected "${MANIFEST_FORMAT}"` };
  }
  if (!Array.isArray(candidate.columns)) return { ok: false, why: 'no "columns" list' };
  if (!Array.isArray(candidate.files)) return { ok: false, why: 'no "files" list' };
  return { ok: true, manifest: candidate as DataManifest };
}
