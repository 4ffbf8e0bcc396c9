// Injected into the benchmarked page (page.addInitScript): records the last
// input event's time and the start time of every animation frame, so that a
// brush step can be timed from input to the first frame after the redraw.
// Plain JS on purpose: functions defined in tsx-compiled code cannot be sent to
// the page (esbuild's name helpers do not exist there).
(() => {
  // input: when the browser received the event (its timeStamp); dispatch: when
  // the page got it (Chromium holds mouse moves until the next frame starts).
  // shown: when each frame's main-thread rendering was over (a message posted
  // from the frame's animation callback runs after its style, layout and paint).
  const probes = { input: 0, dispatch: 0, frames: [], shown: [] };
  const channel = new MessageChannel();
  channel.port1.onmessage = () => probes.shown.push(performance.now());
  const record = (e) => { probes.input = e.timeStamp; probes.dispatch = performance.now(); };
  for (const type of ['mousemove', 'click']) window.addEventListener(type, record, { capture: true });
  const loop = (t) => { probes.frames.push(t); channel.port2.postMessage(0); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  const latest = (name) => performance.getEntriesByName(name).at(-1);
  window.runlensBench = {
    chartsDrawn: () => latest('runlens:charts-drawn')?.startTime ?? NaN,
    /**
     * Once the app has redrawn after the last input and a frame has started
     * since: input → redraw end, input → that frame, dispatch → that frame, and the redraw's own
     * duration (the app's `runlens:redraw` measure). Null until then.
     */
    step: () => {
      const end = latest('runlens:redraw-end')?.startTime;
      if (end === undefined || end < probes.input) return null;
      const frame = probes.frames.find((t) => t > end);
      if (frame === undefined) return null;
      const work = latest('runlens:redraw')?.duration ?? NaN;
      return { end: end - probes.input, frame: frame - probes.input, dispatchToFrame: frame - probes.dispatch, work };
    },
    /**
     * Once the app has redrawn after the last input and the frame showing it
     * has rendered: input → that frame's rendering done (`shown`), how many
     * frames began between the event's dispatch and that frame (`waited`: 0
     * when the event's own frame shows it), and the redraw's duration. Null
     * until then.
     */
    shownStep: () => {
      const end = latest('runlens:redraw-end')?.startTime;
      if (end === undefined || end < probes.dispatch) return null;
      const shown = probes.shown.find((t) => t > end);
      if (shown === undefined) return null;
      const waited = probes.frames.filter((t) => t > probes.dispatch && t < shown).length;
      const work = latest('runlens:redraw')?.duration ?? NaN;
      return { shown: shown - probes.input, waited, work };
    },
    /** Duration of each open phase (`runlens:open:<phase>` measures), by phase, and navigation → charts drawn. */
    open: () => {
      const phases = {};
      for (const m of performance.getEntriesByType('measure')) {
        if (m.name.startsWith('runlens:open:')) phases[m.name.slice('runlens:open:'.length)] = m.duration;
      }
      return { phases, drawn: latest('runlens:charts-drawn')?.startTime ?? NaN };
    },
  };
})();
