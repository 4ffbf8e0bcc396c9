import { readMessages } from './read-messages.js';

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null;
const MAX_DIMS = 5; // TStreamerElement::fMaxIndex has five slots

/** What is wrong with one element's array shape, or undefined. */
function elementProblem(element: Loose): string | undefined {
  const dim = element.fArrayDim;
  const length = element.fArrayLength;
  const index = element.fMaxIndex;
  if (typeof dim !== 'number' || !Number.isInteger(dim) || dim < 0 || dim > MAX_DIMS) return readMessages.elementDims(String(dim));
  const sizes = ArrayBuffer.isView(index) || Array.isArray(index) ? Array.from(index as ArrayLike<number>).slice(0, dim) : [];
  const expected = dim === 0 ? 0 : sizes.reduce((a, b) => a * b, 1);
  return length === expected ? undefined : readMessages.elementLength(String(length), expected);
}

/**
 * Checks the array shape of every streamer element jsroot parsed from the
 * StreamerInfo record (fArrayDim at most 5, fArrayLength the product of the
 * dimensions, as in every ROOT file seen): jsroot loops over fArrayDim when
 * it builds a class's streamer, so a damaged one (1.5 billion) would hang the
 * read. Returns a sentence naming the class and the element, or undefined.
 */
export function streamerInfoProblem(file: unknown): string | undefined {
  const infos = isObject(file) && isObject(file.fStreamerInfos) && Array.isArray(file.fStreamerInfos.arr) ? file.fStreamerInfos.arr : [];
  for (const info of infos) {
    if (!isObject(info) || !isObject(info.fElements) || !Array.isArray(info.fElements.arr)) continue;
    for (const element of info.fElements.arr) {
      if (!isObject(element)) return readMessages.elementOf(String(info.fName), '?', 'it is not an object');
      const problem = elementProblem(element);
      if (problem) return readMessages.elementOf(String(info.fName), String(element.fName), problem);
    }
  }
  return undefined;
}
