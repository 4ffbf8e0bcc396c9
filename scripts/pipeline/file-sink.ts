import { createHash } from 'node:crypto';
import type { OutputFileMeta } from '../../src/contract/data-contract';
import type { FileWriter } from './output-fs';

/** A file of the output set being written: chunks in order, then close (size and sha256 of what was written). */
export interface FileSink {
  write(chunk: Uint8Array | string): Promise<void>;
  close(): Promise<OutputFileMeta>;
}

/** Chunks are gathered up to this size before they go to the disk. */
export const SINK_BUFFER_BYTES = 1 << 20;

/**
 * Wraps a file writer: text is encoded as UTF-8, every chunk is hashed as it
 * goes, small chunks are gathered into writes of about 1 MiB. `onClose`
 * receives the file's metadata; a failing write or close is passed through
 * `toError` (the writer is closed first).
 */
export function createFileSink(
  name: string,
  writer: FileWriter,
  onClose: (meta: OutputFileMeta) => void,
  toError: (cause: unknown) => Error,
): FileSink {
  const hash = createHash('sha256');
  const encoder = new TextEncoder();
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let bytes = 0;
  const flush = async () => {
    if (pendingBytes === 0) return;
    const chunk = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    await writer.write(chunk);
  };
  const fail = async (cause: unknown): Promise<never> => {
    await writer.close().catch(() => undefined);
    throw toError(cause);
  };
  return {
    async write(chunk) {
      const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      hash.update(data);
      bytes += data.length;
      pending.push(data);
      pendingBytes += data.length;
      if (pendingBytes >= SINK_BUFFER_BYTES) await flush().catch(fail);
    },
    async close() {
      await flush().catch(fail);
      await writer.close().catch((cause: unknown) => {
        throw toError(cause);
      });
      const meta = { name, bytes, sha256: hash.digest('hex') };
      onClose(meta);
      return meta;
    },
  };
}
