import { ByteWriter } from './ByteWriter';
import { writeObjectPointer, writeTList, writeTNamed, writeTObjArray } from './root-objects';
import type { ClassInfo, StreamerElement } from './streamer-elements';

/** fBits ROOT gives the StreamerInfo list and its TStreamerInfo objects. */
const LIST_BITS = 0x02000000;
const INFO_BITS = 0x03010000;

/** Versions of the element classes, as ROOT 6 writes them. */
const ELEMENT_VERSION: Readonly<Record<StreamerElement['element'], number>> = {
  TStreamerBase: 3, TStreamerBasicType: 2, TStreamerString: 2, TStreamerBasicPointer: 2,
  TStreamerObject: 2, TStreamerObjectAny: 2, TStreamerObjectPointer: 2,
};

/**
 * Serializes the StreamerInfo record's object: a TList of TStreamerInfo (v9),
 * each in pointer form. `origin` is the record's key length (tag origin).
 */
export function serializeStreamerInfos(infos: readonly ClassInfo[], origin: number): Uint8Array {
  const w = new ByteWriter(origin, 16384);
  writeTList(w, infos.map((info) => () => writeObjectPointer(w, 'TStreamerInfo', () => writeInfo(w, info))), LIST_BITS);
  return w.finish();
}

function writeInfo(w: ByteWriter, info: ClassInfo): void {
  w.versioned(9, () => {
    writeTNamed(w, info.name, '', INFO_BITS);
    w.u32(info.checksum);
    w.i32(info.version);
    writeObjectPointer(w, 'TObjArray', () =>
      writeTObjArray(w, info.elements.map((el) => () => writeObjectPointer(w, el.element, () => writeElement(w, el)))),
    );
  });
}

function writeElement(w: ByteWriter, el: StreamerElement): void {
  w.versioned(ELEMENT_VERSION[el.element], () => {
    writeCommonPart(w, el);
    if (el.element === 'TStreamerBase') w.i32(el.baseVersion);
    if (el.element === 'TStreamerBasicPointer') {
      w.i32(el.countVersion);
      w.string(el.countName);
      w.string(el.countClass);
    }
  });
}

/** TStreamerElement v4: TNamed, type, size, array length/dims, fMaxIndex[5], type name. */
function writeCommonPart(w: ByteWriter, el: StreamerElement): void {
  const isBase = el.element === 'TStreamerBase';
  w.versioned(4, () => {
    writeTNamed(w, el.name, '');
    w.i32(el.type);
    w.i32(isBase ? 0 : el.size);
    w.i32(0);
    w.i32(0);
    w.i32(0);
    w.i32(isBase ? el.baseChecksum | 0 : 0);
    w.i32(0);
    w.i32(0);
    w.i32(0);
    w.string(isBase ? 'BASE' : el.typeName);
  });
}
