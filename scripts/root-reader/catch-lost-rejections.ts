/** What `run` gave, or the error a promise it started lost (rejected with no handler). */
export type Guarded<T> = { ok: true; value: T } | { ok: false; lost: unknown };

/**
 * Runs `run` while catching rejections no code handles. jsroot's treeProcess
 * drops the promise of its basket loop, so an error thrown while it decodes
 * damaged data is rejected with no handler: Node then ends the process (the
 * zstd wasm module jsroot loads even turns it into an abort), and
 * treeProcess never settles. For the duration of `run`, the process's
 * 'unhandledRejection' listeners are set aside and replaced by one that ends
 * the wait with the lost error; they are put back afterwards. Calls must not
 * overlap (the reader reads one tree at a time).
 */
export async function catchLostRejections<T>(run: () => Promise<T>): Promise<Guarded<T>> {
  const saved = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  let onLost: (reason: unknown) => void = () => undefined;
  const lost = new Promise<Guarded<T>>((resolve) => {
    onLost = (reason) => resolve({ ok: false, lost: reason });
  });
  process.on('unhandledRejection', onLost);
  try {
    return await Promise.race([run().then((value): Guarded<T> => ({ ok: true, value })), lost]);
  } finally {
    process.removeListener('unhandledRejection', onLost);
    for (const listener of saved) process.on('unhandledRejection', listener);
  }
}
