import { INT64_MAX } from '../table/safe-integer.js';
import type { BasketRef } from './branch-info.js';
import type { LeafPlan } from './plan-branch.js';
import type { RecordPayload } from './record-payload.js';
import { refusalReasons } from './refusal-reasons.js';

/** A basket of a branch with its checked, decompressed data. */
export interface LoadedBasket {
  ref: BasketRef;
  record: RecordPayload;
}

/** Per column of the leaf, one value per entry; or why the leaf cannot be decoded. */
export type Int64Result = { ok: true; columns: bigint[][] } | { ok: false; reason: string };


function layoutProblem(basket: LoadedBasket, entryBytes: number): string | undefined {
  const { key, payload } = basket.record;
  if (key.nevBufSize !== entryBytes) {
    return `entry size ${key.nevBufSize} bytes, expected ${entryBytes} for fixed-size leaves`;
  }
  if (payload.length < basket.ref.entries * entryBytes) {
    return `${payload.length} bytes of data for ${basket.ref.entries} entries of ${entryBytes} bytes`;
  }
  return undefined;
}

/**
 * Decodes a Long64_t / ULong64_t leaf straight from the basket bytes
 * (big-endian, two's complement), because jsroot mis-reads some negative
 * values and rounds beyond 2^53. ULong64_t values above 2^63−1 refuse the leaf.
 */
export function decodeInt64(leaf: LeafPlan, entryBytes: number, baskets: LoadedBasket[]): Int64Result {
  const width = leaf.columnNames.length;
  const columns: bigint[][] = Array.from({ length: width }, () => []);
  for (const basket of baskets) {
    const problem = layoutProblem(basket, entryBytes);
    if (problem) return { ok: false, reason: refusalReasons.basketLayout(basket.ref.index, problem) };
    const { payload } = basket.record;
    const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
    for (let entry = 0; entry < basket.ref.entries; entry++) {
      for (let k = 0; k < width; k++) {
        const at = entry * entryBytes + leaf.byteOffset + 8 * k;
        const value = leaf.unsigned ? view.getBigUint64(at) : view.getBigInt64(at);
        if (value > INT64_MAX) {
          return { ok: false, reason: refusalReasons.uint64AboveInt64(basket.ref.firstEntry + entry, value) };
        }
        columns[k].push(value);
      }
    }
  }
  return { ok: true, columns };
}
