/**
 * SHA-256 of `bytes` as lower-case hex, the form manifest.json lists. Uses
 * Web Crypto (`crypto.subtle.digest`) where the page has it; browsers offer
 * it only in secure contexts (https, localhost), so a page served over plain
 * http from another machine hashes with @noble/hashes, loaded only then.
 */
export async function sha256Hex(bytes: Uint8Array, subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): Promise<string> {
  if (subtle) return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
  const { sha256 } = await import('@noble/hashes/sha2.js');
  return toHex(sha256(bytes));
}

function toHex(digest: Uint8Array): string {
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
