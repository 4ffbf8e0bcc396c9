import type { JsrootObject } from '../contract/histogram-contract';
import type { PadSpec } from '../view/layout-file';
import { isOneD, isProfile } from './histogram-math';

/** The jsroot draw option of a pad for a histogram of this class: the pad's own or the class's usual, then its log axes. */
export function drawOption(pad: PadSpec, h: JsrootObject): string {
  const base = pad.draw !== '' ? pad.draw : isProfile(h) ? 'e1' : isOneD(h) ? 'hist' : 'colz';
  const logs = (['logx', 'logy', 'logz'] as const).filter((axis) => pad[axis]);
  return [base, ...logs].join(' ');
}

/** How the reference run is drawn over the run: its outline (1-D line, 2-D boxes) on the same axes and log scales. */
export function overlayOption(pad: PadSpec, h: JsrootObject): string {
  const base = isProfile(h) ? 'e1' : isOneD(h) ? 'hist' : 'box';
  const logs = (['logx', 'logy', 'logz'] as const).filter((axis) => pad[axis]);
  return ['same', base, ...logs].join(' ');
}

/** The ratio or difference pad's option: a line with the x log scale of the pad above. */
export function compareOption(pad: PadSpec): string {
  return ['hist', ...(pad.logx ? ['logx'] : [])].join(' ');
}

/** The level line's option (drawn over the ratio or difference): the same line, on the same axes. */
export function levelOption(pad: PadSpec): string {
  return ['same', compareOption(pad)].join(' ');
}
