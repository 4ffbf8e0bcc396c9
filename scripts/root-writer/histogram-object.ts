import { ByteWriter } from './ByteWriter';
import { UNUSED_AXIS, writeAxis } from './axis-object';
import { TH1, TH1D, TH1F, TH2, TH2D, TH2F, TProfile } from './histogram-classes';
import { histogramCells, type AxisSpec, type HistogramSpec, type HistogramStyle, type ProfileErrorMode } from './histogram-spec';
import { defaultEntries, histogramStats } from './histogram-stats';
import { writeTList, writeTNamed } from './root-objects';
import { TAttFill, TAttLine, TAttMarker } from './streamer-classes';
import { writeArrayD, writeArrayF } from './tarray';

/** TObject fBits ROOT gives histograms: on the heap, not deleted, kMustCleanup. */
const HISTOGRAM_BITS = 0x03000008;
/** fBits of the empty fFunctions list: ROOT ≥ 6.12 sets TCollection::kUseRWLock (bit 16) on it. */
const FUNCTIONS_BITS = 0x03010000;
/** fMaximum / fMinimum meaning "not set". */
const UNSET = -1111;
/** TH1::EStatOverflows kNeutral: follow the global setting (what ROOT 6 writes). */
const STAT_OVERFLOWS_NEUTRAL = 2;

const DEFAULT_STYLE: Readonly<HistogramStyle> = Object.freeze({
  lineColor: 602, lineStyle: 1, lineWidth: 1, fillColor: 0, fillStyle: 1001, markerColor: 1, markerStyle: 1, markerSize: 1,
});

const ERROR_MODES: Readonly<Record<ProfileErrorMode, number>> = { mean: 0, s: 1, i: 2, g: 3 };

function writeStyle(w: ByteWriter, given: Partial<HistogramStyle> | undefined): void {
  const s = { ...DEFAULT_STYLE, ...given };
  w.versioned(TAttLine.version, () => { w.i16(s.lineColor); w.i16(s.lineStyle); w.i16(s.lineWidth); });
  w.versioned(TAttFill.version, () => { w.i16(s.fillColor); w.i16(s.fillStyle); });
  w.versioned(TAttMarker.version, () => { w.i16(s.markerColor); w.i16(s.markerStyle); w.f32(s.markerSize); });
}

/** The TH1 v8 part every histogram class starts with. */
function writeTH1(w: ByteWriter, h: HistogramSpec, name: string, sumw2: ArrayLike<number>): void {
  const stats = histogramStats(h);
  const is2D = h.type === 'TH2F' || h.type === 'TH2D';
  const y: AxisSpec = is2D ? h.y : { ...UNUSED_AXIS, title: h.y?.title, attributes: h.y?.attributes };
  w.versioned(TH1.version, () => {
    writeTNamed(w, name, h.title ?? '', HISTOGRAM_BITS);
    writeStyle(w, h.style);
    w.i32(histogramCells(h));
    writeAxis(w, 'xaxis', h.x);
    writeAxis(w, 'yaxis', y);
    writeAxis(w, 'zaxis', { ...UNUSED_AXIS, title: h.z?.title, attributes: h.z?.attributes });
    w.i16(0); // fBarOffset
    w.i16(1000); // fBarWidth
    for (const v of [h.entries ?? defaultEntries(h), stats.tsumw, stats.tsumw2, stats.tsumwx, stats.tsumwx2]) w.f64(v);
    w.f64(h.maximum ?? UNSET);
    w.f64(h.minimum ?? UNSET);
    w.f64(0); // fNormFactor
    writeArrayD(w, []); // fContour
    writeArrayD(w, sumw2);
    w.string(h.option ?? '');
    writeTList(w, [], FUNCTIONS_BITS); // fFunctions, inline
    w.i32(0); // fBufferSize
    w.u8(0); // fBuffer: no array
    w.i32(0); // fBinStatErrOpt
    w.i32(STAT_OVERFLOWS_NEUTRAL);
  });
}

/**
 * Serializes one histogram object (the data of its record). `name` is the
 * last segment of its path. Class versions are those of histogram-classes.ts.
 */
export function serializeHistogram(h: HistogramSpec, name: string): Uint8Array {
  const w = new ByteWriter(0, 2048 + histogramCells(h) * 16);
  switch (h.type) {
    case 'TH1F':
    case 'TH1D':
      w.versioned((h.type === 'TH1F' ? TH1F : TH1D).version, () => {
        writeTH1(w, h, name, h.sumw2 ?? []);
        (h.type === 'TH1F' ? writeArrayF : writeArrayD)(w, h.contents);
      });
      break;
    case 'TH2F':
    case 'TH2D':
      w.versioned((h.type === 'TH2F' ? TH2F : TH2D).version, () => {
        w.versioned(TH2.version, () => {
          writeTH1(w, h, name, h.sumw2 ?? []);
          const stats = histogramStats(h);
          for (const v of [1, stats.tsumwy, stats.tsumwy2, stats.tsumwxy]) w.f64(v); // fScalefactor first
        });
        (h.type === 'TH2F' ? writeArrayF : writeArrayD)(w, h.contents);
      });
      break;
    case 'TProfile':
      w.versioned(TProfile.version, () => {
        w.versioned(TH1D.version, () => {
          writeTH1(w, h, name, h.sumwy2);
          writeArrayD(w, h.sumwy);
        });
        const stats = histogramStats(h);
        writeArrayD(w, h.binEntries);
        w.i32(ERROR_MODES[h.errorMode ?? 'mean']);
        w.f64(h.y?.min ?? 0);
        w.f64(h.y?.max ?? 0);
        w.f64(stats.tsumwy);
        w.f64(stats.tsumwy2);
        writeArrayD(w, h.binSumw2 ?? []);
      });
      break;
  }
  return w.finish();
}
