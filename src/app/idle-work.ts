/** How idle work asks for its next turn (`run` is called when the browser is idle). */
export type IdleScheduler = (run: () => void) => () => void;

/** Idle turns from requestIdleCallback where the browser has it, else a timer (Safari). */
export const browserIdle: IdleScheduler = (run) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => run());
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 100);
  return () => clearTimeout(handle);
};

/**
 * Runs `step` (true: there is more to do) one call per idle turn in which
 * `quiet()` holds (e.g. no brush moved lately: a drag in progress is not
 * stalled by it), until it returns false; then calls `done`. cancel() stops
 * it (neither is called again). Idle time alone is not enough: between the
 * frames of a drag the browser is idle too.
 */
export function runWhenIdle(step: () => boolean, done: () => void, quiet: () => boolean, schedule: IdleScheduler = browserIdle): { cancel(): void } {
  let cancelTurn: (() => void) | undefined;
  const turn = () => {
    cancelTurn = undefined;
    if (quiet() && !step()) done();
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
