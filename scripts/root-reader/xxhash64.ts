/**
 * XXH64 (seed 0), the checksum ROOT stores in front of every LZ4 block.
 * Written from the published xxHash specification; BigInt keeps it simple and
 * is fast enough for basket-sized inputs.
 */
const MASK = (1n << 64n) - 1n;
const P1 = 0x9e3779b185ebca87n;
const P2 = 0xc2b2ae3d27d4eb4fn;
const P3 = 0x165667b19e3779f9n;
const P4 = 0x85ebca77c2b2ae63n;
const P5 = 0x27d4eb2f165667c5n;

const rotl = (x: bigint, r: bigint) => ((x << r) | (x >> (64n - r))) & MASK;
const mul = (a: bigint, b: bigint) => (a * b) & MASK;
const add = (a: bigint, b: bigint) => (a + b) & MASK;
const round = (acc: bigint, lane: bigint) => mul(rotl(add(acc, mul(lane, P2)), 31n), P1);
const merge = (acc: bigint, v: bigint) => add(mul(acc ^ round(0n, v), P1), P4);

function stripes(view: DataView, end: number): bigint {
  const v = [add(P1, P2), P2, 0n, (0n - P1) & MASK];
  for (let at = 0; at + 32 <= end; at += 32) {
    for (let i = 0; i < 4; i++) v[i] = round(v[i], view.getBigUint64(at + 8 * i, true));
  }
  let h = add(add(rotl(v[0], 1n), rotl(v[1], 7n)), add(rotl(v[2], 12n), rotl(v[3], 18n)));
  for (const lane of v) h = merge(h, lane);
  return h;
}

/** The 64-bit XXH64 hash of `bytes` with seed 0. */
export function xxhash64(bytes: Uint8Array): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = bytes.length;
  let h = length >= 32 ? stripes(view, length) : P5;
  h = add(h, BigInt(length));
  let at = length - (length % 32);
  for (; at + 8 <= length; at += 8) h = add(mul(rotl(h ^ round(0n, view.getBigUint64(at, true)), 27n), P1), P4);
  if (at + 4 <= length) {
    h = add(mul(rotl(h ^ mul(BigInt(view.getUint32(at, true)), P1), 23n), P2), P3);
    at += 4;
  }
  for (; at < length; at++) h = mul(rotl(h ^ mul(BigInt(bytes[at]), P5), 11n), P1);
  h = mul(h ^ (h >> 33n), P2);
  h = mul(h ^ (h >> 29n), P3);
  return h ^ (h >> 32n);
}
