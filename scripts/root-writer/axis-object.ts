import type { ByteWriter } from './ByteWriter';
import { TAttAxis, TAxis } from './histogram-classes';
import type { AxisAttributes, AxisSpec } from './histogram-spec';
import { BITS_DEFAULT, writeNull, writeObjectPointer, writeTList, writeTNamed } from './root-objects';
import { writeArrayD } from './tarray';

/** A one-bin axis on [0, 1]: the unused y and z axes of a 1-D histogram, the z axis of a 2-D one. */
export const UNUSED_AXIS: Readonly<AxisSpec> = Object.freeze({ bins: 1, min: 0, max: 1 });

/** ROOT 6's TAttAxis defaults. */
export const DEFAULT_AXIS_ATTRIBUTES: Readonly<AxisAttributes> = Object.freeze({
  ndivisions: 510, axisColor: 1, labelColor: 1, labelFont: 42, labelOffset: 0.005, labelSize: 0.035,
  tickLength: 0.03, titleOffset: 1, titleSize: 0.035, titleColor: 1, titleFont: 42,
});

/** TAttAxis v4, in member order. */
function writeAxisAttributes(w: ByteWriter, given: Partial<AxisAttributes> | undefined): void {
  const a = { ...DEFAULT_AXIS_ATTRIBUTES, ...given };
  w.versioned(TAttAxis.version, () => {
    w.i32(a.ndivisions);
    w.i16(a.axisColor);
    w.i16(a.labelColor);
    w.i16(a.labelFont);
    w.f32(a.labelOffset);
    w.f32(a.labelSize);
    w.f32(a.tickLength);
    w.f32(a.titleOffset);
    w.f32(a.titleSize);
    w.i16(a.titleColor);
    w.i16(a.titleFont);
  });
}

/**
 * fLabels: a THashList of TObjString, one per labelled bin, each with its bin
 * number as fUniqueID (what TAxis::SetBinLabel stores). Null when no bin has a label.
 */
function writeLabels(w: ByteWriter, labels: readonly string[] | undefined): void {
  const named = (labels ?? []).flatMap((label, i) => (label === '' ? [] : [{ label, bin: i + 1 }]));
  if (named.length === 0) {
    writeNull(w);
    return;
  }
  writeObjectPointer(w, 'THashList', () =>
    writeTList(w, named.map(({ label, bin }) => () =>
      writeObjectPointer(w, 'TObjString', () =>
        w.versioned(1, () => {
          w.i16(1); // TObject version
          w.u32(bin); // fUniqueID
          w.u32(BITS_DEFAULT);
          w.string(label);
        }),
      ),
    )),
  );
}

/** TAxis v10 written inline (a TH1 member): `name` is xaxis, yaxis or zaxis. */
export function writeAxis(w: ByteWriter, name: string, axis: AxisSpec): void {
  w.versioned(TAxis.version, () => {
    writeTNamed(w, name, axis.title ?? '');
    writeAxisAttributes(w, axis.attributes);
    w.i32(axis.bins);
    w.f64(axis.min);
    w.f64(axis.max);
    writeArrayD(w, axis.edges ?? []);
    w.i32(0); // fFirst
    w.i32(0); // fLast
    w.u16(0); // fBits2
    w.u8(0); // fTimeDisplay
    w.string(''); // fTimeFormat
    writeLabels(w, axis.labels);
    writeNull(w); // fModLabs
  });
}
