/**
 * Tells an async step whether it is still the latest one started: each
 * `begin()` makes every earlier token stale, so a slow view load that
 * finishes after a newer switch can see it must not mount.
 */
export interface LatestRequest {
  /** Starts a request; the returned function answers whether it is still the latest. */
  begin(): () => boolean;
}

export function createLatestRequest(): LatestRequest {
  let generation = 0;
  return {
    begin() {
      const mine = ++generation;
      return () => mine === generation;
    },
  };
}
