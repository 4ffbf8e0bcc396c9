import { describeCause, LoadError } from './load-error';
import { loadMessages } from './load-messages';

/** Bytes received so far and the expected total (0 when unknown). */
export type ProgressListener = (received: number, total: number) => void;

/** How to fetch one file. */
export interface FetchOptions {
  /** No byte for this long (from the request on) and the download is given up as stalled. */
  stallMs: number;
  /**
   * The file's size when known (the manifest's): the progress total, and a
   * download that goes past it is stopped at once. A promise when the size
   * arrives during the download (the manifest fetched beside the file): it
   * counts from when it resolves; a rejected one is ignored here.
   */
  expectedBytes?: number | Promise<number>;
  /** Where expectedBytes comes from (the manifest's URL), for messages. */
  listedIn?: string;
  onProgress?: ProgressListener;
  /** Aborting it stops the download (e.g. the manifest beside it failed). */
  signal?: AbortSignal;
}

/**
 * Fetches `url` as bytes, reporting progress per chunk. The total is
 * `expectedBytes` when known: a server that compresses the file (gzip) sends
 * the compressed Content-Length, while the chunks counted are decompressed.
 * Content-Length is the fallback. Throws a LoadError naming the file when the
 * request fails, the answer is not 2xx, no byte arrives for `stallMs`
 * ('stalled'), or more bytes arrive than expected ('mismatch').
 */
export async function fetchBytes(url: string, { stallMs, expectedBytes: given, listedIn = 'the manifest', onProgress, signal }: FetchOptions): Promise<Uint8Array> {
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  let expectedBytes = typeof given === 'number' ? given : undefined;
  if (given instanceof Promise) given.then((bytes) => (expectedBytes = bytes), () => undefined);
  let received = 0;
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armStallTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  armStallTimer();
  try {
    const response = await fetchOrFail(url, controller.signal);
    const contentLength = byteCount(response.headers.get('Content-Length'));
    if (!response.body) return new Uint8Array(await response.arrayBuffer());
    // Chunks are copied straight into one array of the expected size once it is known
    // (no second copy of a 100 MB file at the end); before that they are kept aside.
    const chunks: Uint8Array[] = [];
    let whole: Uint8Array | undefined;
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      armStallTimer();
      received += value.length;
      if (expectedBytes !== undefined && received > expectedBytes) {
        void reader.cancel();
        throw new LoadError('mismatch', url, loadMessages.tooLarge(url, listedIn, expectedBytes));
      }
      if (!whole && expectedBytes !== undefined) {
        whole = concatChunks(chunks, expectedBytes);
        chunks.length = 0;
      }
      if (whole) whole.set(value, received - value.length);
      else chunks.push(value);
      onProgress?.(received, expectedBytes ?? contentLength);
    }
    return whole ? whole.subarray(0, received) : concatChunks(chunks, received);
  } catch (error) {
    if (stalled) throw new LoadError('stalled', url, loadMessages.stalled(url, received, expectedBytes, stallMs / 1000), { cause: error });
    if (error instanceof LoadError) throw error;
    throw new LoadError('network', url, loadMessages.network(url, describeCause(error)), { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

/** Fetches `url`, throwing a LoadError naming the file on network or HTTP failure. */
export async function fetchOrFail(url: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new LoadError('network', url, loadMessages.network(url, describeCause(cause)), { cause });
  }
  if (!response.ok) throw new LoadError('http', url, loadMessages.httpStatus(url, response.status));
  return response;
}

/** A Content-Length header as a byte count: 0 (unknown) unless it is a whole number ≥ 0. */
export function byteCount(header: string | null): number {
  const n = Number(header);
  return header !== null && Number.isSafeInteger(n) && n >= 0 ? n : 0;
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
