/** How idle work asks for its next turn: `run` gets how many ms the browser expects to stay idle. */
export type IdleScheduler = (run: (idleMs: number) => void) => () => void;

/**
 * Idle turns from requestIdleCallback where the browser has it, else a
 * timer (Safari): a turn reports 50 ms idle, the longest idle period a
 * browser grants, as a timer cannot tell.
 */
export const browserIdle: IdleScheduler = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => run(deadline.timeRemaining()));
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => run(50), 100);
  return () => clearTimeout(handle);
};

/** Idle ms a step needs before it runs: a page between frames of a drag grants less, a page at rest up to 50. */
export const MIN_IDLE_MS = 40;

/**
 * Runs `step` (true: there is more to do) one call per idle turn of at least
 * MIN_IDLE_MS, so a drag in progress is not stalled by it, until it returns
 * false; then calls `done`. cancel() stops it (neither is called again).
 */
export function runWhenIdle(step: () => boolean, done: () => void, schedule: IdleScheduler = browserIdle): { cancel(): void } {
  let cancelTurn: (() => void) | undefined;
  const turn = (idleMs: number) => {
    cancelTurn = undefined;
    if (idleMs >= MIN_IDLE_MS && !step()) done();
    else cancelTurn = schedule(turn);
  };
  cancelTurn = schedule(turn);
  return {
    cancel() {
      cancelTurn?.();
      cancelTurn = undefined;
    },
  };
}
