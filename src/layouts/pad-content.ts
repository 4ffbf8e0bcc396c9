import type { JsrootObject } from '../contract/histogram-contract';
import type { PadSpec } from '../view/layout-file';
import { compareWithReference, isOneD, levelLine, referenceOverlay, type CompareMode } from './histogram-math';
import { layoutMessages } from './layout-messages';
import type { PadContent } from './layout-pad';
import { compareOption, drawOption, levelOption, overlayOption } from './pad-options';

/** A run and its histograms by path (null: the run has no file). */
export interface RunHistograms {
  run: number;
  histograms: ReadonlyMap<string, JsrootObject> | null;
}

/**
 * What a pad shows for `run`, with the reference run's overlay when
 * `reference` is given (normalised to the run's integral) and, for 1-D
 * histograms, the ratio or difference below with a line at its level
 * (1 or 0). A histogram the run lacks
 * gives a note saying so; one the reference lacks just gives no overlay.
 * Pure: the histograms given are not changed.
 */
export function padContent(pad: PadSpec, run: RunHistograms, reference: RunHistograms | null, mode: CompareMode): PadContent {
  const object = run.histograms?.get(pad.histogram);
  const title = pad.title || (typeof object?.fTitle === 'string' && object.fTitle) || pad.histogram;
  if (!object) return { title, note: layoutMessages.padEmpty(pad.histogram, run.run) };
  const main = { object, option: drawOption(pad, object) };
  const ref = reference && reference.run !== run.run ? reference.histograms?.get(pad.histogram) : undefined;
  if (!ref || ref._typename !== object._typename) return { title, main };
  const { overlay } = referenceOverlay(ref, object);
  const compared = isOneD(object) ? compareWithReference(object, overlay, mode) : undefined;
  return {
    title,
    main,
    overlay: { object: overlay, option: overlayOption(pad, object) },
    ...(compared ? { compare: { object: compared, option: compareOption(pad) }, level: { object: levelLine(compared, mode), option: levelOption(pad) } } : {}),
  };
}
