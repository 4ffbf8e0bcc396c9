// The bare page's whole program: move the rect to the mouse, synchronously in
// the event handler, and mark it the way the app marks a redraw.
const svg = document.querySelector('svg');
const rect = document.getElementById('r');
svg.addEventListener('mousemove', (event) => {
  const start = performance.now();
  rect.setAttribute('x', String(event.clientX - svg.getBoundingClientRect().left));
  performance.clearMarks('runlens:redraw-end');
  performance.clearMeasures('runlens:redraw');
  performance.mark('runlens:redraw-end');
  performance.measure('runlens:redraw', { start, end: performance.now() });
});
performance.mark('runlens:charts-drawn');
// No idle work to wait for (the app marks this once its deferred dimensions are built).
performance.mark('runlens:deferred-built');
document.body.dataset.state = 'ready';
