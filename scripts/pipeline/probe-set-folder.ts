import path from 'node:path';
import { DATA_FILES, LEGACY_MANIFEST_FORMATS, MANIFEST_FORMAT, SET_MARKER } from '../../src/contract/data-contract';
import { messages } from './messages';
import type { EntryKind, OutputFs } from './output-fs';
import { parseMarker } from './set-marker';

/** The three folders of an output path: the set itself, the one being written, the one being replaced. */
export type SetSlot = 'output' | 'staging' | 'previous';

/**
 * What a folder in one of the slots is. `own`: the build wrote it, proven by
 * its marker (id) or, for a set written before markers existed, by its
 * legacy shape (id null). `foreign`: anything else that exists, with why.
 */
export type FolderState =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'own'; id: string | null }
  | { kind: 'foreign'; why: string };

const LEGACY_FILES: readonly string[] = [DATA_FILES.sqlite, DATA_FILES.csv, DATA_FILES.manifest];

/**
 * Looks at `dir` as a folder of `slot` and says whether the build may delete
 * or move it. A staging folder is the build's when it holds a valid marker
 * (its other files may be incomplete). An output or previous folder is the
 * build's when its marker's id equals its manifest's `setId` and it holds
 * only what that manifest lists (files as files, folders as folders), or
 * when it is a complete set of a legacy format (no marker, only
 * runlens.sqlite, runlens.csv and manifest.json, all plain files). A
 * symbolic link is never the build's.
 */
export async function probeSetFolder(dir: string, slot: SetSlot, fs: OutputFs): Promise<FolderState> {
  const kind = await fs.kind(dir);
  if (kind === 'missing') return { kind: 'missing' };
  if (kind !== 'folder') return { kind: 'foreign', why: messages.notAFolder(kind) };
  const entries = (await fs.list(dir)).sort();
  if (entries.length === 0) return slot === 'output' ? { kind: 'empty' } : { kind: 'foreign', why: messages.noMarker([]) };
  const id = entries.includes(SET_MARKER) ? await markerId(dir, fs) : null;
  if (id === null) return slot === 'staging' ? { kind: 'foreign', why: messages.noMarker(entries) } : legacyState(dir, entries, fs);
  if (slot === 'staging') return { kind: 'own', id };
  return completeState(dir, id, entries, fs);
}

async function markerId(dir: string, fs: OutputFs): Promise<string | null> {
  const file = path.join(dir, SET_MARKER);
  if ((await fs.kind(file)) !== 'file') return null;
  return parseMarker(await fs.readText(file).catch(() => ''));
}

async function legacyState(dir: string, entries: string[], fs: OutputFs): Promise<FolderState> {
  const extra = entries.filter((e) => !LEGACY_FILES.includes(e));
  if (extra.length > 0 || !entries.includes(DATA_FILES.manifest)) return { kind: 'foreign', why: messages.noMarker(entries) };
  const wrong = await wrongKind(dir, entries.map((name) => ({ name, kind: 'file' as const })), fs);
  if (wrong) return { kind: 'foreign', why: wrong };
  const manifest = await readManifest(dir, fs);
  if (typeof manifest === 'string') return { kind: 'foreign', why: manifest };
  if (!LEGACY_MANIFEST_FORMATS.includes(String(manifest.format))) return { kind: 'foreign', why: messages.noMarker(entries) };
  return { kind: 'own', id: null };
}

async function completeState(dir: string, id: string, entries: string[], fs: OutputFs): Promise<FolderState> {
  const manifest = await readManifest(dir, fs);
  if (typeof manifest === 'string') return { kind: 'foreign', why: manifest };
  if (manifest.format !== MANIFEST_FORMAT || manifest.setId !== id) return { kind: 'foreign', why: messages.markerMismatch(String(manifest.setId ?? ''), id) };
  const listed = [
    { name: SET_MARKER, kind: 'file' as const },
    { name: DATA_FILES.manifest, kind: 'file' as const },
    ...namesOf(manifest.files).map((name) => ({ name, kind: 'file' as const })),
    ...namesOf(manifest.folders).map((name) => ({ name, kind: 'folder' as const })),
  ];
  const extra = entries.filter((e) => !listed.some((l) => l.name === e));
  if (extra.length > 0) return { kind: 'foreign', why: messages.unlistedEntries(extra) };
  const wrong = await wrongKind(dir, listed.filter((l) => entries.includes(l.name)), fs);
  return wrong ? { kind: 'foreign', why: wrong } : { kind: 'own', id };
}

/** Why one of the entries is not of the kind the set says (a folder named runlens.csv…), or null. */
async function wrongKind(dir: string, expected: { name: string; kind: 'file' | 'folder' }[], fs: OutputFs): Promise<string | null> {
  for (const e of expected) {
    const actual: EntryKind = await fs.kind(path.join(dir, e.name));
    if (actual !== e.kind) return messages.wrongEntryKind(e.name, actual, e.kind);
  }
  return null;
}

/** The parsed manifest.json of `dir`, or why it cannot be read. */
async function readManifest(dir: string, fs: OutputFs): Promise<Record<string, unknown> | string> {
  try {
    const json: unknown = JSON.parse(await fs.readText(path.join(dir, DATA_FILES.manifest)));
    if (typeof json === 'object' && json !== null && !Array.isArray(json)) return json as Record<string, unknown>;
    return messages.manifestUnreadable('not a JSON object');
  } catch (error) {
    return messages.manifestUnreadable(error instanceof Error ? error.message : String(error));
  }
}

function namesOf(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => (typeof item === 'object' && item !== null && typeof (item as { name?: unknown }).name === 'string' ? [(item as { name: string }).name] : []));
}
