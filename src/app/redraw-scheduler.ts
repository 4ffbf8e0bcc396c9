/**
 * Coalesces redraw requests so that an input's redraw is painted in the frame
 * the input arrives in, and `redraw` runs at most once per frame.
 *
 * A request when nothing has been drawn in the current frame runs `redraw`
 * in a microtask: right after the event handler that asked (so all the
 * changes that handler makes are drawn once), before the browser renders.
 * Chromium dispatches mouse moves at the start of a frame, so the brushed
 * state is on screen in that frame, not one frame later. A request after a
 * redraw in the same frame waits for the next frame's animation callback,
 * which draws once for all such requests.
 */
export interface RedrawScheduler {
  request(): void;
  cancel(): void;
}

export interface SchedulerOptions {
  /** Receives what `redraw` threw (it runs in a microtask or a frame callback, where a throw would only reach the console). */
  onError?: (error: unknown) => void;
  /** requestAnimationFrame: the callback gets its frame's start time (performance.now()'s clock). */
  requestFrame?: (callback: (frameStart: number) => void) => number;
  cancelFrame?: (handle: number) => void;
  /** queueMicrotask. */
  queueTask?: (callback: () => void) => void;
  /** performance.now. */
  now?: () => number;
}

export function createRedrawScheduler(redraw: () => void, options: SchedulerOptions = {}): RedrawScheduler {
  const {
    onError = (error: unknown) => {
      throw error;
    },
    requestFrame = (callback: (frameStart: number) => void) => requestAnimationFrame(callback),
    cancelFrame = (handle: number) => cancelAnimationFrame(handle),
    queueTask = (callback: () => void) => queueMicrotask(callback),
    now = () => performance.now(),
  } = options;
  /** The frame callback asked for, if any: it ends the current frame (and draws a deferred request). */
  let frame: number | undefined;
  /** When the last redraw ran (-Infinity: never); a frame that started after it has not drawn yet. */
  let lastRun = -Infinity;
  /** A request waits for the next frame callback. */
  let deferred = false;
  /** A microtask redraw is queued; bumped by cancel() so a queued one does nothing. */
  let queued = false;
  let generation = 0;
  /** Whether the current frame has drawn: a redraw ran and no frame has started since. */
  let drawnThisFrame = false;

  const run = () => {
    drawnThisFrame = true;
    lastRun = now();
    // Ends this frame for the scheduler: the next request after it waits for that callback.
    frame ??= requestFrame(onFrame);
    try {
      redraw();
    } catch (error) {
      onError(error);
    }
  };
  const onFrame = (frameStart: number) => {
    frame = undefined;
    // A redraw that ran after this frame began (in an input handler of this very frame) still counts for it.
    if (lastRun >= frameStart) {
      if (deferred) frame = requestFrame(onFrame);
      return;
    }
    drawnThisFrame = false;
    if (deferred) {
      deferred = false;
      run();
    }
  };
  return {
    request() {
      if (queued || deferred) return;
      if (drawnThisFrame) {
        deferred = true;
        frame ??= requestFrame(onFrame);
        return;
      }
      queued = true;
      const mine = generation;
      queueTask(() => {
        if (mine !== generation) return;
        queued = false;
        run();
      });
    },
    cancel() {
      generation++;
      queued = false;
      deferred = false;
      drawnThisFrame = false;
      if (frame !== undefined) cancelFrame(frame);
      frame = undefined;
    },
  };
}
