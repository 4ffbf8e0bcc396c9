/** Coalesces redraw requests: however many arrive, `redraw` runs once per animation frame. */
export interface RedrawScheduler {
  request(): void;
  cancel(): void;
}

export interface SchedulerOptions {
  /** Receives what `redraw` threw (it runs in a frame callback, where a throw would only reach the console). */
  onError?: (error: unknown) => void;
  requestFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
}

export function createRedrawScheduler(redraw: () => void, options: SchedulerOptions = {}): RedrawScheduler {
  const {
    onError = (error: unknown) => {
      throw error;
    },
    requestFrame = (callback: () => void) => requestAnimationFrame(callback),
    cancelFrame = (handle: number) => cancelAnimationFrame(handle),
  } = options;
  let pending: number | undefined;
  return {
    request() {
      if (pending !== undefined) return;
      pending = requestFrame(() => {
        pending = undefined;
        try {
          redraw();
        } catch (error) {
          onError(error);
        }
      });
    },
    cancel() {
      if (pending !== undefined) cancelFrame(pending);
      pending = undefined;
    },
  };
}
