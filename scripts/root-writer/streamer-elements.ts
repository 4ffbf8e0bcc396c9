/** One member or base class of a class, as a TStreamerElement describes it. */
export type StreamerElement =
  | { element: 'TStreamerBase'; name: string; type: 0 | 66 | 67; baseVersion: number; baseChecksum: number }
  | { element: 'TStreamerString'; name: string; type: 65; size: 24; typeName: 'TString' }
  | {
      element: 'TStreamerBasicType' | 'TStreamerObject' | 'TStreamerObjectAny' | 'TStreamerObjectPointer';
      name: string; type: number; size: number; typeName: string;
    }
  | {
      element: 'TStreamerBasicPointer'; name: string; type: number; size: number; typeName: string;
      countName: string; countClass: string; countVersion: number;
    };

/** A class's StreamerInfo: what jsroot needs to decode objects of that version. */
export interface ClassInfo {
  name: string;
  version: number;
  /** Unsigned 32-bit class checksum, as ROOT 6 computes it. */
  checksum: number;
  elements: StreamerElement[];
}

/** ROOT basic type codes (TStreamerElement fType) with their size and C++ name. */
const BASIC: Readonly<Record<number, readonly [number, string]>> = {
  1: [1, 'char'], 2: [2, 'short'], 3: [4, 'int'], 5: [4, 'float'], 6: [4, 'int'],
  8: [8, 'double'], 11: [1, 'unsigned char'], 12: [2, 'unsigned short'], 13: [4, 'unsigned int'],
  15: [4, 'unsigned int'], 16: [8, 'Long64_t'], 18: [1, 'bool'],
};

/** A base-class element; TObject and TNamed get their special type codes. */
export function base(info: ClassInfo): StreamerElement {
  const type = info.name === 'TObject' ? 66 : info.name === 'TNamed' ? 67 : 0;
  return { element: 'TStreamerBase', name: info.name, type, baseVersion: info.version, baseChecksum: info.checksum };
}

/** A number member; `code` is the ROOT type code (3 = int, 16 = Long64_t…). */
export function basic(name: string, code: number): StreamerElement {
  const [size, typeName] = BASIC[code];
  return { element: 'TStreamerBasicType', name, type: code, size, typeName };
}

export function tstring(name: string): StreamerElement {
  return { element: 'TStreamerString', name, type: 65, size: 24, typeName: 'TString' };
}

/** `T* name; //[count]` where count is an int member of `owner`. */
export function basicPointer(name: string, code: number, count: string, owner: ClassInfo): StreamerElement {
  const [size, typeName] = BASIC[code];
  return {
    element: 'TStreamerBasicPointer', name, type: 40 + code, size, typeName: `${typeName}*`,
    countName: count, countClass: owner.name, countVersion: owner.version,
  };
}

/** An embedded TObject-derived member (type 61). */
export function object(name: string, typeName: string): StreamerElement {
  return { element: 'TStreamerObject', name, type: 61, size: 64, typeName };
}

/** An embedded member not deriving from TObject (type 62). */
export function objectAny(name: string, typeName: string, size: number): StreamerElement {
  return { element: 'TStreamerObjectAny', name, type: 62, size, typeName };
}

/** A pointer member that may be null (type 64). */
export function objectPointer(name: string, typeName: string): StreamerElement {
  return { element: 'TStreamerObjectPointer', name, type: 64, size: 8, typeName };
}
