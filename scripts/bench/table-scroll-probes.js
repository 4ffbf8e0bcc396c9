// Injected into the benchmarked page (page.addInitScript) by table-scroll-bench.ts.
// Plain JS on purpose: functions defined in tsx-compiled code cannot be sent to
// the page (esbuild's name helpers do not exist there).
(() => {
  window.runlensTableBench = {
    /** Moves the outlier table's scrollTop by `step` px in every animation frame for `duration` ms; resolves to the frame lengths. */
    scroll(duration, step) {
      return new Promise((resolve) => {
        const scroller = document.querySelector('.outlier-table .table-scroll');
        const body = document.querySelector('.outlier-table .table-body');
        let longFrames = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame') ? 0 : -1;
        const observer = longFrames < 0 ? undefined : new PerformanceObserver((list) => { longFrames += list.getEntries().length; });
        if (observer) observer.observe({ type: 'long-animation-frame' });
        const deltas = [];
        let start = -1;
        let last = -1;
        const tick = (now) => {
          if (start < 0) start = now;
          else deltas.push(now - last);
          last = now;
          if (now - start >= duration) {
            if (observer) observer.disconnect();
            resolve({ deltas, height: body.offsetHeight, longFrames, scrolledPx: scroller.scrollTop });
            return;
          }
          scroller.scrollTop += step;
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
    },
    /**
     * Arms a timer on the header of column `id`: from its next click event to
     * the frame after its aria-sort changed and the rows were redrawn (an
     * animation frame, then a task: that frame is painted). Returns the promise.
     */
    armSort(id) {
      const button = document.querySelector(`.outlier-table .table-sort[data-column="${CSS.escape(id)}"]`);
      const body = document.querySelector('.outlier-table .table-body');
      const before = button.getAttribute('aria-sort');
      this.sortTimed = new Promise((resolve) => {
        button.addEventListener('click', (event) => {
          const clicked = event.timeStamp;
          const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - clicked)));
          const observer = new MutationObserver(() => {
            if (button.getAttribute('aria-sort') === before || body.childElementCount === 0) return;
            observer.disconnect();
            painted();
          });
          observer.observe(button, { attributes: true });
          observer.observe(body, { childList: true });
        }, { once: true, capture: true });
      });
    },
  };
})();
