import { buildRecord, type BuiltRecord } from './build-record';
import {
  BEGIN, START_BIG_FILE, buildFreeSegments, buildKeysList, buildTopDirectory, topDirectorySize, type FileIdentity,
} from './directory-records';
import { planDirectories, type PlannedDirectory } from './directory-plan';
import { buildFileHeader } from './file-header';
import { histogramClassInfos } from './histogram-classes';
import { histogramMessages } from './histogram-messages';
import { serializeHistogram } from './histogram-object';
import type { HistogramSpec } from './histogram-spec';
import { keyLength } from './key';
import { resolveOptions, type WriteSettings } from './resolve-options';
import { RootWriterSpecError } from './RootWriterSpecError';
import type { WriteOptions } from './spec';
import { specMessages } from './spec-messages';
import { serializeStreamerInfos } from './streamer-info';
import { buildSubdirectory, buildSubdirectoryKeysList, subdirectorySize, type SubdirectoryPlace } from './subdirectory-records';
import { validateHistograms } from './validate-histograms';

export type { AxisSpec, HistogramSpec, HistogramStats, HistogramStyle, HistogramType } from './histogram-spec';
export type { AxisAttributes, AxisLook, Histogram1DSpec, Histogram2DSpec, ProfileSpec, ProfileErrorMode } from './histogram-spec';
export type { Compression, WriteOptions } from './spec';
export { RootWriterSpecError } from './RootWriterSpecError';

/** Records appended one after another. */
interface Sink {
  parts: Uint8Array[];
  offset: number;
}

const append = (sink: Sink, record: BuiltRecord): void => {
  sink.parts.push(record.bytes);
  sink.offset += record.bytes.length;
};

/**
 * Writes a ROOT file of histograms (TH1F, TH1D, TH2F, TH2D, TProfile), each at
 * its path: `TPC/DCA/dcaR` lives in directory `DCA` inside `TPC`, both created
 * as TDirectory records. Same input, same bytes. Layout: header, top
 * directory, subdirectory records, histogram records, StreamerInfo, the keys
 * list of each subdirectory then of the top directory, free segments.
 * `options.basketEntries` does not apply. Throws RootWriterSpecError for an invalid request.
 */
export function writeHistogramFile(histograms: readonly HistogramSpec[], options?: WriteOptions): Uint8Array {
  if (histograms.length === 0) throw new RootWriterSpecError(histogramMessages.noHistograms(), {});
  validateHistograms(histograms);
  const settings = resolveOptions(options);
  const file: FileIdentity = { fileName: settings.fileName, fileTitle: settings.fileTitle, datime: settings.datime, uuid: settings.uuid };
  const dirs = planDirectories(histograms.map((h) => h.path));
  const sink: Sink = { parts: [], offset: BEGIN + topDirectorySize(file).nbytes };
  const places = placeSubdirectories(dirs, sink.offset);
  sink.offset += places.reduce((n, p) => n + (p ? subdirectorySize(p.name, p.title) : 0), 0);
  const keys = appendHistograms(sink, histograms, dirs, places, settings);
  const infoSeek = sink.offset;
  const info = buildStreamerInfoRecord(histograms, infoSeek, settings);
  append(sink, info);
  const lists = appendKeysLists(sink, dirs, places, keys, file);
  const freeSeek = sink.offset;
  const free = buildFreeSegments(file, freeSeek);
  append(sink, free);
  if (sink.offset >= START_BIG_FILE) throw new RootWriterSpecError(specMessages.tooLarge(sink.offset), {});
  const subdirectories = places.flatMap((p, i) => (p ? [buildSubdirectory(p, file, lists[i]).bytes] : []));
  const top = buildTopDirectory(file, lists[0]);
  const header = buildFileHeader({
    end: sink.offset, seekFree: freeSeek, nbytesFree: free.bytes.length, nbytesName: topDirectorySize(file).nbytesName,
    compress: settings.zlibLevel > 0 ? 100 + settings.zlibLevel : 0,
    seekInfo: infoSeek, nbytesInfo: info.bytes.length, uuid: settings.uuid,
  });
  return concatenate([header, top.bytes, ...subdirectories, ...sink.parts], sink.offset);
}

/** Seeks of the subdirectory records, back to back from `start`, parents before children (index 0, the top, has none). */
function placeSubdirectories(dirs: readonly PlannedDirectory[], start: number): (SubdirectoryPlace | undefined)[] {
  const places: (SubdirectoryPlace | undefined)[] = [undefined];
  let offset = start;
  for (let i = 1; i < dirs.length; i++) {
    const d = dirs[i];
    places.push({ name: d.name, title: d.name, seek: offset, parentSeek: places[d.parent]?.seek ?? BEGIN });
    offset += subdirectorySize(d.name, d.name);
  }
  return places;
}

/** Appends every histogram record in its directory; returns their keys. */
function appendHistograms(
  sink: Sink, histograms: readonly HistogramSpec[], dirs: readonly PlannedDirectory[],
  places: readonly (SubdirectoryPlace | undefined)[], settings: WriteSettings,
): Uint8Array[] {
  const seekPdir = new Array<number>(histograms.length);
  dirs.forEach((d, i) => d.entries.forEach((e) => { if (e.kind === 'object') seekPdir[e.index] = places[i]?.seek ?? BEGIN; }));
  return histograms.map((h, i) => appendHistogram(sink, h, seekPdir[i], settings));
}

/** Appends the keys list of each subdirectory, then the top directory's; returns where each one lies. */
function appendKeysLists(
  sink: Sink, dirs: readonly PlannedDirectory[], places: readonly (SubdirectoryPlace | undefined)[],
  keys: readonly Uint8Array[], file: FileIdentity,
): { seek: number; nbytes: number }[] {
  // A subdirectory's key does not depend on where its keys list is, so it can be copied before that is known.
  const entryKeys = (d: PlannedDirectory) =>
    d.entries.map((e) => (e.kind === 'object' ? keys[e.index] : buildSubdirectory(places[e.index]!, file, { seek: 0, nbytes: 0 }).key));
  const lists = new Array<{ seek: number; nbytes: number }>(dirs.length);
  for (const i of [...dirs.keys()].slice(1).concat(0)) {
    const seek = sink.offset;
    const place = places[i];
    const list = place ? buildSubdirectoryKeysList(place, file, seek, entryKeys(dirs[i])) : buildKeysList(file, seek, entryKeys(dirs[i]));
    lists[i] = { seek, nbytes: list.bytes.length };
    append(sink, list);
  }
  return lists;
}

function appendHistogram(sink: Sink, h: HistogramSpec, seekPdir: number, settings: WriteSettings): Uint8Array {
  const name = h.path.slice(h.path.lastIndexOf('/') + 1);
  const id = { className: h.type, name, title: h.title ?? '', cycle: 1, seekPdir, datime: settings.datime, big: false };
  const record = buildRecord(id, sink.offset, serializeHistogram(h, name), settings.zlibLevel);
  append(sink, record);
  return record.key;
}

function buildStreamerInfoRecord(histograms: readonly HistogramSpec[], seek: number, settings: WriteSettings): BuiltRecord {
  const infos = histogramClassInfos(histograms.map((h) => h.type), histograms.some(hasLabels));
  const id = { className: 'TList', name: 'StreamerInfo', title: 'Doubly linked list', cycle: 1, seekPdir: BEGIN, datime: settings.datime, big: false };
  return buildRecord(id, seek, serializeStreamerInfos(infos, keyLength(id.className, id.name, id.title, false)), settings.zlibLevel);
}

/** True when some bin of the histogram's x or y axis has a label (the file then needs TObjString's info). */
function hasLabels(h: HistogramSpec): boolean {
  const axes = h.type === 'TH2F' || h.type === 'TH2D' ? [h.x, h.y] : [h.x];
  return axes.some((a) => (a.labels ?? []).some((label) => label !== ''));
}

function concatenate(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  if (at !== total) throw new Error(`writeHistogramFile: assembled ${at} bytes but the layout says ${total}`);
  return out;
}
