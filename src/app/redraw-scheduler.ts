/**
 * Coalesces redraw requests so that an input's redraw is painted in the
 * frame the input arrives in.
 *
 * A request when every earlier redraw has been through a frame (its
 * animation callbacks, which the browser follows with rendering) runs
 * `redraw` in a microtask: right after the event handler that asked (so all
 * the changes that handler makes are drawn once), before the browser
 * renders. Chromium dispatches mouse moves at the start of a frame, before
 * its animation callbacks, so the brushed state is on screen in that frame,
 * not one frame later. A request while a redraw still waits to be rendered
 * goes to the next animation callback instead (still this frame's, when it
 * has not run yet), which draws once for all such requests.
 */
export interface RedrawScheduler {
  request(): void;
  cancel(): void;
}

export interface SchedulerOptions {
  /** Receives what `redraw` threw (it runs in a microtask or a frame callback, where a throw would only reach the console). */
  onError?: (error: unknown) => void;
  /** requestAnimationFrame. */
  requestFrame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
  /** queueMicrotask. */
  queueTask?: (callback: () => void) => void;
}

export function createRedrawScheduler(redraw: () => void, options: SchedulerOptions = {}): RedrawScheduler {
  const {
    onError = (error: unknown) => {
      throw error;
    },
    requestFrame = (callback: () => void) => requestAnimationFrame(callback),
    cancelFrame = (handle: number) => cancelAnimationFrame(handle),
    queueTask = (callback: () => void) => queueMicrotask(callback),
  } = options;
  /** The animation callback asked for, if any. */
  let frame: number | undefined;
  /** Redraws run so far, and how many of them an animation callback has seen (they are rendered after it). */
  let drawn = 0;
  let framed = 0;
  /** A request waits for the next animation callback. */
  let deferred = false;
  /** A microtask redraw is queued; `generation` (bumped by cancel) tells a stale one to do nothing. */
  let queued = false;
  let generation = 0;

  const run = () => {
    drawn++;
    // The callback that tells this redraw has gone to rendering.
    frame ??= requestFrame(onFrame);
    try {
      redraw();
    } catch (error) {
      onError(error);
    }
  };
  const onFrame = () => {
    frame = undefined;
    framed = drawn;
    if (deferred) {
      deferred = false;
      run();
    }
  };
  return {
    request() {
      if (queued || deferred) return;
      if (drawn > framed) {
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
      framed = drawn;
      if (frame !== undefined) cancelFrame(frame);
      frame = undefined;
    },
  };
}
