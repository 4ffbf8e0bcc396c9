import type { OutputFileMeta } from '../contract/data-contract';
import { LoadError } from './load-error';
import { loadMessages } from './load-messages';
import { sha256Hex } from './sha256-hex';

/**
 * Throws a LoadError ('mismatch') unless `bytes`, fetched from `url`, have
 * the size and then the sha256 that `listed` (its entry in the manifest at
 * `manifestUrl`) gives. The size goes first: it is free and tells a file cut
 * short from one of another build.
 */
export async function checkBytes(url: string, bytes: Uint8Array, listed: OutputFileMeta, manifestUrl: string): Promise<void> {
  if (bytes.length !== listed.bytes) {
    throw new LoadError('mismatch', url, loadMessages.sizeMismatch(url, bytes.length, manifestUrl, listed.bytes));
  }
  const actual = await sha256Hex(bytes);
  if (actual !== listed.sha256) throw new LoadError('mismatch', url, loadMessages.hashMismatch(url, actual, manifestUrl, listed.sha256));
}
