/** A load that finished: its value, or what it threw. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

const settle = <R>(promise: Promise<R>): Promise<Settled<R>> =>
  promise.then((value): Settled<R> => ({ ok: true, value }), (error: unknown): Settled<R> => ({ ok: false, error }));

/**
 * Yields `load(item)` for every item, in item order, while keeping up to
 * `window` loads in flight ahead of the consumer (file reads overlap the
 * processing of earlier files). A load's failure is yielded, not thrown.
 */
export async function* readAhead<T, R>(items: readonly T[], load: (item: T) => Promise<R>, window: number): AsyncGenerator<[T, Settled<R>]> {
  const inFlight: Promise<Settled<R>>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && inFlight.length < Math.max(1, window)) {
      const item = items[next++];
      inFlight.push(settle(Promise.resolve().then(() => load(item))));
    }
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const settled = await inFlight.shift()!;
    fill();
    yield [items[i], settled];
  }
}
