// Injected into the benchmarked page (page.addInitScript): records the last
// input event's time and the start time of every animation frame, so that a
// brush step can be timed from input to the first frame after the redraw.
// Plain JS on purpose: functions defined in tsx-compiled code cannot be sent to
// the page (esbuild's name helpers do not exist there).
(() => {
  const probes = { input: 0, frames: [] };
  window.addEventListener('mousemove', (e) => { probes.input = e.timeStamp; }, { capture: true });
  const loop = (t) => { probes.frames.push(t); requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  window.runlensBench = {
    redraws: () => performance.getEntriesByName('runlens:redraw-end').length,
    chartsDrawn: () => performance.getEntriesByName('runlens:charts-drawn')[0]?.startTime ?? NaN,
    /** input → redraw end, and input → first frame start after the redraw; null until that frame. */
    step: () => {
      const marks = performance.getEntriesByName('runlens:redraw-end');
      const end = marks[marks.length - 1].startTime;
      const frame = probes.frames.find((t) => t > end);
      return frame === undefined ? null : { end: end - probes.input, frame: frame - probes.input };
    },
  };
})();
