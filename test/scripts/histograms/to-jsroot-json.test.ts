import { openFile, parse, toJSON } from 'jsroot';
import { describe, expect, it } from 'vitest';
import { float32Text, jsrootJsonWriter, toJsrootJson } from '../../../scripts/histograms/to-jsroot-json';
import { useRootFiles } from '../../support/rootfiles.js';

const rootfiles = useRootFiles('histograms/to-jsroot-json');
const FLOAT_MEMBERS = ['fLabelOffset', 'fLabelSize', 'fTickLength', 'fTitleOffset', 'fTitleSize', 'fMarkerSize'];

/**
 * Typed arrays as plain arrays, Float_t members rounded to float, an object met
 * again (references, cycles such as a stats box's parent) as its visit number:
 * what both JSON forms must agree on.
 */
function normalise(value: unknown, key = '', seen: object[] = []): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map((v) => normalise(v, '', seen));
  if (typeof value === 'number' && FLOAT_MEMBERS.includes(key)) return Math.fround(value);
  if (typeof value === 'function') return 'function';
  if (value && typeof value === 'object') {
    if (seen.includes(value)) return { seen: seen.indexOf(value) };
    seen.push(value);
    return Object.fromEntries(Object.entries(value).filter(([k]) => !k.startsWith('$')).map(([k, v]) => [k, normalise(v, k, seen)]));
  }
  return value;
}

describe('float32Text', () => {
  it('gives the shortest text that reads back as the same float', () => {
    expect([0.005, 0.035, 1 / 3, 1e-7, 3.4e38].map((v) => float32Text(Math.fround(v)))).toEqual(['0.005', '0.035', '0.33333334', '1e-7', '3.4e+38']);
    expect([0, -2, 2 ** 24 + 2].map(float32Text)).toEqual(['0', '-2', '16777218']);
    expect([NaN, Infinity].map(float32Text)).toEqual(['null', 'null']);
  });
});

describe('toJsrootJson', () => {
  it('leaves out runs of 3 or more zeros from typed arrays, as ROOT\'s compressed arrays, which JSROOT.parse expands', () => {
    const cells = Float32Array.from([0, 0, 0, 0, 5, 0, 0, 7.5, 0, 0, 0, 1, 0, 0, 0]);
    const text = toJsrootJson({ _typename: 'TArrayF', fArray: cells });
    expect(text).toBe('{"_typename":"TArrayF","fArray":{"$arr":"Float32","len":15,"p":4,"v":[5,0,0,7.5],"p1":11,"v1":[1]}}');
    expect(Array.from(parse(text).fArray as Float32Array)).toEqual(Array.from(cells));
    expect(parse(text).fArray).toBeInstanceOf(Float32Array);
  });

  it('writes an all-zero array as its length alone, an empty one as [], a Float64 one exactly', () => {
    expect(toJsrootJson({ a: new Float64Array(4), b: new Float64Array(0), c: Float64Array.of(0.1, 1 / 3) }))
      .toBe('{"a":{"$arr":"Float64","len":4},"b":[],"c":{"$arr":"Float64","len":2,"p":0,"v":[0.1,0.3333333333333333]}}');
  });

  it('shortens Float_t members only, skips $-members and functions, and refers back to objects seen', () => {
    const axis = { _typename: 'TAxis', fLabelSize: Math.fround(0.035), fXmin: Math.fround(0.035) };
    const text = toJsrootJson({ _typename: 'X', $kind: 'TList', f: () => 1, fXaxis: axis, fYaxis: axis });
    expect(text).toBe(`{"_typename":"X","fXaxis":{"_typename":"TAxis","fLabelSize":0.035,"fXmin":${Math.fround(0.035)}},"fYaxis":{"$ref":1}}`);
    const parsed = parse(text);
    expect(parsed.fYaxis).toBe(parsed.fXaxis);
  });

  it('numbers references after the objects a caller writes around the value', () => {
    const shared = { a: 1 };
    const write = jsrootJsonWriter(2);
    const inner = write({ x: shared, y: shared });
    const parsed = parse(`{"wrapper":{"h":${inner}}}`);
    expect(parsed.wrapper.h.y).toBe(parsed.wrapper.h.x);
  });

  rootfiles.describe('on histograms jsroot read from ROOT files', () => {
    it.each(['hpx', 'hpxpy', 'hprof'])('JSROOT.parse gives what it gives for jsroot\'s own toJSON of %s, in fewer bytes', async (name) => {
      const file = await openFile(rootfiles.path('scikit-hep-testdata/uproot-hepdata-example.root'));
      const object = await file.readObject(name);
      const ours = toJsrootJson(object);
      const theirs = toJSON(object);
      expect(normalise(parse(ours))).toEqual(normalise(parse(theirs)));
      expect(ours.length).toBeLessThan(theirs.length);
    });
  });
});
