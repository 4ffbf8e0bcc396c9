import { BASKET_HEADER_BYTES, writeBasketHeader, type BasketContent } from './basket-record';
import { BASKET_SIZE } from './branch-object';
import type { ByteWriter } from './ByteWriter';
import { keyLength, writeKey } from './key';
import { writeObjectPointer } from './root-objects';

/** TBasket::Streamer's flag for fixed-size entries: no entry offsets (2), buffer follows (+10). */
const FLAG_FIXED_WITH_BUFFER = 12;

/**
 * A basket kept inside the TTree record, in a slot of its branch's fBaskets
 * (ROOT-FORMAT.md §11.6 fields, as ROOT's TBasket::Streamer writes a basket
 * that was never written to a record of its own): a TBasket in pointer form
 * whose key says fNbytes 0, fSeekKey 0, fSeekPdir 0, fObjlen = fBufferSize −
 * fKeylen; the basket header with flag 12; then fLast bytes of the basket's
 * buffer, which start with the key and header ROOT streams into it when the
 * basket is created (flag 0) and continue with the entries.
 */
export function writeEmbeddedBasket(w: ByteWriter, basket: BasketContent, datime: number): void {
  const keylen = keyLength('TBasket', basket.branch, basket.tree, true, BASKET_HEADER_BYTES);
  const last = keylen + basket.data.length;
  const bufferSize = Math.max(BASKET_SIZE, last);
  const header = (flag: number) => {
    writeKey(w, {
      className: 'TBasket', name: basket.branch, title: basket.tree,
      nbytes: 0, objlen: bufferSize - keylen, datime, cycle: 0, seekKey: 0, seekPdir: 0, big: true,
    }, BASKET_HEADER_BYTES);
    writeBasketHeader(w, basket, { bufferSize, last, flag });
  };
  writeObjectPointer(w, 'TBasket', () => {
    header(FLAG_FIXED_WITH_BUFFER);
    header(0); // the buffer's first fKeylen bytes
    w.raw(basket.data);
  });
}
