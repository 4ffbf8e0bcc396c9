// Injected into the benchmarked page (page.addInitScript): records the last
// input event's time and the start time of every animation frame, so that a
// brush step can be timed from input to the first frame after the redraw.
// Plain JS on purpose: functions defined in tsx-compiled code cannot be sent to
// the page (esbuild's name helpers do not exist there).
(() => {
  // input: when the browser received the event (its timeStamp); dispatch: when
  // the page got it (Chromium holds mouse moves until the next frame starts).
  // frames: per animation frame, its start time (t), when the probe's own callback
  // ran (p: after that frame's input events and their handlers, before its
  // rendering) and when a message posted from that callback ran (m: after the
  // frame's style, layout and paint).
  const probes = { input: 0, dispatch: 0, frames: [] };
  const channel = new MessageChannel();
  channel.port1.onmessage = (e) => { probes.frames[e.data].m = performance.now(); };
  const record = (e) => { probes.input = e.timeStamp; probes.dispatch = performance.now(); };
  for (const type of ['mousemove', 'click']) window.addEventListener(type, record, { capture: true });
  const loop = (t) => {
    channel.port2.postMessage(probes.frames.push({ t, p: performance.now(), m: NaN }) - 1);
    requestAnimationFrame(loop);
  };
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
      const frame = probes.frames.map((f) => f.t).find((t) => t > end);
      if (frame === undefined) return null;
      const work = latest('runlens:redraw')?.duration ?? NaN;
      return { end: end - probes.input, frame: frame - probes.input, dispatchToFrame: frame - probes.dispatch, work };
    },
    /**
     * Once the app has redrawn after the last input and the frame showing it
     * has rendered: input → that frame's rendering done (`shown`), how many
     * frames ran between the event's dispatch and that frame (`waited`: 0 when
     * the event's own frame shows it), and the redraw's duration. The frame
     * showing a change is the first whose probe callback ran after it: a
     * redraw in a later callback of the same frame is counted one frame late
     * (conservative). Null until then.
     */
    shownStep: () => {
      const end = latest('runlens:redraw-end')?.startTime;
      if (end === undefined || end < probes.dispatch) return null;
      const shown = probes.frames.find((f) => f.p > end);
      if (shown === undefined || Number.isNaN(shown.m)) return null;
      const waited = probes.frames.filter((f) => f.p > probes.dispatch && f.p < shown.p).length;
      const work = latest('runlens:redraw')?.duration ?? NaN;
      return { shown: shown.m - probes.input, waited, work };
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
