/** Coalesces redraw requests: however many arrive, `redraw` runs once per animation frame. */
export interface RedrawScheduler {
  request(): void;
  cancel(): void;
}

export function createRedrawScheduler(
  redraw: () => void,
  requestFrame: (callback: () => void) => number = (callback) => requestAnimationFrame(callback),
  cancelFrame: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
): RedrawScheduler {
  let pending: number | undefined;
  return {
    request() {
      if (pending !== undefined) return;
      pending = requestFrame(() => {
        pending = undefined;
        redraw();
      });
    },
    cancel() {
      if (pending !== undefined) cancelFrame(pending);
      pending = undefined;
    },
  };
}
