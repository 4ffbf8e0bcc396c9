import { describeCause, LoadError } from './load-error';
import { loadMessages } from './load-messages';

/** Bytes received so far and the expected total (0 when unknown). */
export type ProgressListener = (received: number, total: number) => void;

/**
 * Fetches `url` as bytes, reporting progress per chunk. The total is
 * `expectedBytes` (the manifest's size of the file) when known: a server that
 * compresses the file (gzip) sends the compressed Content-Length, while the
 * chunks counted are decompressed. Content-Length is the fallback.
 */
export async function fetchBytes(url: string, expectedBytes: number, onProgress: ProgressListener): Promise<Uint8Array> {
  const response = await fetchOrFail(url);
  const total = expectedBytes || Number(response.headers.get('Content-Length')) || 0;
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    onProgress(whole.length, total);
    return whole;
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    onProgress(received, total);
  }
  return concatChunks(chunks, received);
}

/** Fetches `url`, throwing a LoadError naming the file on network or HTTP failure. */
export async function fetchOrFail(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new LoadError('network', url, loadMessages.network(url, describeCause(cause)), { cause });
  }
  if (!response.ok) throw new LoadError('http', url, loadMessages.httpStatus(url, response.status));
  return response;
}

/** One array holding all chunks in order. */
export function concatChunks(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.length;
  }
  return whole;
}
