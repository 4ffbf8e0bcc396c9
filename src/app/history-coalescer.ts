/**
 * Decides, for each change of the page's state, whether it opens a new
 * history entry or updates the one still settling. The first change after a
 * quiet spell pushes; the changes that follow within `settleMs` of each
 * other (a brush being dragged, each mouse step a change) replace it, so
 * back/forward step once per settled change. While held (a pointer is down),
 * the entry stays open however long the hand pauses.
 */
export interface HistoryCoalescer {
  /** A change happened: 'push' when it opens a new entry, 'replace' when it continues the open one. */
  note(): 'push' | 'replace';
  /** true while a pointer is down on the charts: the open entry does not settle; false lets it settle `settleMs` later. */
  hold(held: boolean): void;
  /** Settles the open entry now: the next change pushes (after back/forward, or a view switch). */
  settle(): void;
}

/** Quiet time after which a change counts as settled when the view does not say. */
export const SETTLE_MS = 600;

export function createHistoryCoalescer(settleMs = SETTLE_MS): HistoryCoalescer {
  let open = false;
  let held = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const startTimer = () => {
    stopTimer();
    if (held || !open) return;
    timer = setTimeout(() => {
      open = false;
      timer = undefined;
    }, settleMs);
  };
  return {
    note() {
      const action = open ? 'replace' : 'push';
      open = true;
      startTimer();
      return action;
    },
    hold(next) {
      held = next;
      if (held) stopTimer();
      else startTimer();
    },
    settle() {
      stopTimer();
      open = false;
    },
  };
}
