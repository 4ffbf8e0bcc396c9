import { histogramMessages as m } from './histogram-messages';
import { histogramCells, type AxisSpec, type HistogramSpec, type HistogramType } from './histogram-spec';
import { RootWriterSpecError } from './RootWriterSpecError';
import { checkLatin1 } from './validate-spec';

export const HISTOGRAM_TYPES: readonly HistogramType[] = ['TH1F', 'TH1D', 'TH2F', 'TH2D', 'TProfile'];
/** A path segment: jsroot treats `/` and `;` specially and drops quotes, so keep to these characters. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}$/;
const STYLE_FIELDS = ['lineColor', 'lineStyle', 'lineWidth', 'fillColor', 'fillStyle', 'markerColor', 'markerStyle'] as const;
const ERROR_MODES = ['mean', 's', 'i', 'g'];
/** Bins per axis; larger files are refused by the file-size check anyway. */
const MAX_BINS = 100_000_000;

/** Throws RootWriterSpecError (context: the histogram's path) unless every histogram can be written as given. */
export function validateHistograms(histograms: readonly HistogramSpec[]): void {
  const paths = new Set<string>();
  for (const h of histograms) {
    const fail = (message: string): never => {
      throw new RootWriterSpecError(message, { histogram: String(h.path) });
    };
    if (typeof h.path !== 'string' || !h.path.split('/').every((s) => SEGMENT.test(s))) fail(m.badPath(String(h.path)));
    if (paths.has(h.path)) fail(m.duplicatePath(h.path));
    paths.add(h.path);
    if (!HISTOGRAM_TYPES.includes(h.type)) fail(m.badType(h.path, h.type, HISTOGRAM_TYPES));
    validateHistogram(h, fail);
  }
  for (const path of paths) {
    for (let cut = path.indexOf('/'); cut > 0; cut = path.indexOf('/', cut + 1)) {
      const dir = path.slice(0, cut);
      if (paths.has(dir)) throw new RootWriterSpecError(m.pathIsDirectory(dir, path), { histogram: dir });
    }
  }
}

function validateHistogram(h: HistogramSpec, fail: (message: string) => never): void {
  checkLatin1(`title of histogram "${h.path}"`, h.title ?? '', { histogram: h.path });
  validateAxis(h, 'x', h.x, fail);
  if (h.type === 'TH2F' || h.type === 'TH2D') validateAxis(h, 'y', h.y, fail);
  const cells = histogramCells(h);
  const arrays: [string, ArrayLike<number> | undefined][] = h.type === 'TProfile'
    ? [['sumwy', h.sumwy], ['sumwy2', h.sumwy2], ['binEntries', h.binEntries], ['binSumw2', h.binSumw2]]
    : [['contents', h.contents], ['sumw2', h.sumw2]];
  for (const [field, values] of arrays) {
    if (values === undefined && (field === 'sumw2' || field === 'binSumw2')) continue;
    if (values === undefined || values.length !== cells) fail(m.badLength(h.path, field, values?.length ?? 0, cells));
    for (let i = 0; i < values.length; i++) if (typeof values[i] !== 'number') fail(m.badValue(h.path, field, i, values[i]));
  }
  const numbers: [string, unknown][] = [
    ['entries', h.entries], ['maximum', h.maximum], ['minimum', h.minimum], ['style.markerSize', h.style?.markerSize],
    ...Object.entries(h.stats ?? {}).map(([k, v]): [string, unknown] => [`stats.${k}`, v]),
  ];
  if (h.type === 'TProfile') numbers.push(['y.min', h.y?.min], ['y.max', h.y?.max]);
  for (const [field, value] of numbers) if (value !== undefined && !Number.isFinite(value)) fail(m.badNumber(h.path, field, value));
  for (const field of STYLE_FIELDS) {
    const v = h.style?.[field];
    if (v !== undefined && !(Number.isInteger(v) && v >= -32768 && v <= 32767)) fail(m.badStyle(h.path, field, v));
  }
  checkLatin1(`option of histogram "${h.path}"`, h.option ?? '', { histogram: h.path });
  if (h.type === 'TProfile') {
    checkLatin1(`y title of histogram "${h.path}"`, h.y?.title ?? '', { histogram: h.path });
    if (h.errorMode !== undefined && !ERROR_MODES.includes(h.errorMode)) fail(m.badErrorMode(h.path, h.errorMode));
  }
}

function validateAxis(h: HistogramSpec, name: string, axis: AxisSpec, fail: (message: string) => never): void {
  if (!axis || !Number.isSafeInteger(axis.bins) || axis.bins < 1 || axis.bins > MAX_BINS)
    fail(m.badBins(h.path, name, axis?.bins));
  if (!Number.isFinite(axis.min) || !Number.isFinite(axis.max) || !(axis.min < axis.max))
    fail(m.badRange(h.path, name, axis.min, axis.max));
  if (axis.edges !== undefined) {
    const e = axis.edges;
    if (e.length !== axis.bins + 1) fail(m.badEdges(h.path, name, `are ${e.length} values`));
    for (let i = 0; i < e.length; i++) {
      if (!Number.isFinite(e[i]) || (i > 0 && !(e[i] > e[i - 1]))) fail(m.badEdges(h.path, name, `are not increasing at [${i}]`));
    }
    if (e[0] !== axis.min || e[e.length - 1] !== axis.max) fail(m.badEdges(h.path, name, 'do not start at min and end at max'));
  }
  if (axis.labels !== undefined) {
    if (axis.labels.length !== axis.bins) fail(m.badLabels(h.path, name, axis.labels.length, axis.bins));
    axis.labels.forEach((label, i) => checkLatin1(`${name} label ${i + 1} of histogram "${h.path}"`, label, { histogram: h.path }));
  }
  checkLatin1(`${name} axis title of histogram "${h.path}"`, axis.title ?? '', { histogram: h.path });
}
