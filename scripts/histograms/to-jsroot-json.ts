/**
 * Members ROOT declares as Float_t outside arrays (TAttAxis v4, TAttMarker v2):
 * jsroot hands them over as doubles such as 0.004999999888241291; they are
 * written as the shortest decimal that gives back the same float (0.005).
 */
const FLOAT_MEMBERS = new Set(['fLabelOffset', 'fLabelSize', 'fTickLength', 'fTitleOffset', 'fTitleSize', 'fMarkerSize']);

/** ROOT's compressed-array type names (TBufferJSON), as JSROOT.parse reads them. */
const ARRAY_TYPES: ReadonlyMap<string, string> = new Map([
  ['Float32Array', 'Float32'], ['Float64Array', 'Float64'], ['Int8Array', 'Int8'], ['Uint8Array', 'Uint8'],
  ['Int16Array', 'Int16'], ['Uint16Array', 'Uint16'], ['Int32Array', 'Int32'], ['Uint32Array', 'Uint32'],
]);

/** Zeros in a row worth leaving out of a compressed array (a new "p…":n,"v…": costs about 12 characters). */
const MIN_ZERO_RUN = 3;

/** The shortest decimal text that reads back as the same float32 value. */
export function float32Text(value: number): string {
  if (!Number.isFinite(value)) return 'null';
  if (Number.isInteger(value) && Math.abs(value) < 2 ** 24) return String(value);
  for (let digits = 1; digits < 10; digits++) {
    const text = String(Number(value.toPrecision(digits)));
    if (Math.fround(Number(text)) === value) return text;
  }
  return String(value);
}

const numberText = (value: number, float32: boolean): string =>
  float32 ? float32Text(value) : Number.isFinite(value) ? String(value) : 'null';

/**
 * A typed array in ROOT's compressed form: `{"$arr":"Float32","len":n}` then
 * segments `"p":start,"v":[...]` (keys p, v, p1, v1, …) holding the values
 * between runs of zeros, which are left out. JSROOT.parse rebuilds the typed
 * array with the zeros in place.
 */
function compressedArray(values: ArrayLike<number>, type: string): string {
  const float32 = type === 'Float32';
  const parts = [`"$arr":"${type}","len":${values.length}`];
  let segment = 0;
  for (let i = 0; i < values.length; ) {
    if (values[i] === 0) {
      i++;
      continue;
    }
    let end = i;
    let zeros = 0;
    for (let k = i; k < values.length; k++) {
      if (values[k] === 0) {
        if (++zeros >= MIN_ZERO_RUN) break;
      } else {
        zeros = 0;
        end = k + 1;
      }
    }
    const suffix = segment === 0 ? '' : String(segment);
    const texts: string[] = [];
    for (let k = i; k < end; k++) texts.push(numberText(values[k], float32));
    parts.push(`"p${suffix}":${i}`, `"v${suffix}":[${texts.join(',')}]`);
    segment += 1;
    i = end;
  }
  return `{${parts.join(',')}}`;
}

/** Writes values as jsroot-format JSON; objects are numbered across every call, as in one document. */
export type JsonWriter = (value: unknown) => string;

/**
 * A writer for one JSON document in jsroot's object format: the members
 * jsroot's `toJSON` keeps (none starting with `$`, no functions), objects met a
 * second time as `{"$ref":n}`, typed arrays in ROOT's compressed form, Float_t
 * members as their shortest float text; non-finite numbers become null, as in
 * JSON.stringify. `n` counts objects in document order, as JSROOT.parse does;
 * `enclosing` is the number of objects the caller writes around what it passes
 * (a wrapper object counts), so references stay right inside a larger document.
 */
export function jsrootJsonWriter(enclosing = 0): JsonWriter {
  const seen: unknown[] = new Array(enclosing).fill(undefined);
  const write = (value: unknown, key: string): string => {
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'number') return numberText(value, FLOAT_MEMBERS.has(key));
    if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
    if (ArrayBuffer.isView(value)) {
      const array = value as unknown as ArrayLike<number>;
      const type = ARRAY_TYPES.get(value.constructor.name);
      return type && array.length > 0 ? compressedArray(array, type) : `[${Array.from(array, (v) => numberText(v, false)).join(',')}]`;
    }
    if (Array.isArray(value)) return `[${value.map((v) => write(v, '')).join(',')}]`;
    const ref = seen.indexOf(value);
    if (ref >= 0) return `{"$ref":${ref}}`;
    seen.push(value);
    const members: string[] = [];
    for (const [name, member] of Object.entries(value)) {
      if (name.startsWith('$') || typeof member === 'function' || member === undefined) continue;
      members.push(`${JSON.stringify(name)}:${write(member, name)}`);
    }
    return `{${members.join(',')}}`;
  };
  return (value) => write(value, '');
}

/** One object (e.g. a histogram jsroot read) as a JSON document in jsroot's object format. */
export function toJsrootJson(object: object): string {
  return jsrootJsonWriter()(object);
}
