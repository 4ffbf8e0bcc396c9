/**
 * Decides, for each change of the page's state, whether it opens a new
 * history entry or updates the one still open. The first change after the
 * entry settled pushes; the changes that follow replace it. An entry settles
 * `settleMs` after its last change, or, while a pointer is held (a brush
 * being dragged, each mouse step a change), `releaseMs` after the pointer is
 * released: one entry per drag however long the hand pauses, and a click
 * right after a drag gets an entry of its own.
 */
export interface HistoryCoalescer {
  /** A change happened: 'push' when it opens a new entry, 'replace' when it continues the open one. */
  note(): 'push' | 'replace';
  /** true when a pointer goes down on the charts (settles what was open; the gesture's entry stays open until release), false on release. */
  hold(held: boolean): void;
  /** Settles the open entry now: the next change pushes (after back/forward, or a view switch). */
  settle(): void;
}

export interface CoalescerTimes {
  /** Quiet time after a change (without a pointer held) that settles the entry. */
  settleMs: number;
  /**
   * Time after a pointer's release that settles the entry: 0 settles it once
   * the events of the release (pointerup, mouseup, click) have been handled.
   */
  releaseMs: number;
}

export const COALESCER_TIMES: CoalescerTimes = { settleMs: 600, releaseMs: 0 };

export function createHistoryCoalescer({ settleMs, releaseMs }: CoalescerTimes = COALESCER_TIMES): HistoryCoalescer {
  let open = false;
  let held = false;
  /** Released and not yet settled: changes now (the release's own events) join the drag's entry without delaying it. */
  let releasing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    releasing = false;
  };
  const settleIn = (delay: number) => {
    stopTimer();
    timer = setTimeout(() => {
      open = false;
      timer = undefined;
      releasing = false;
    }, delay);
  };
  return {
    note() {
      const action = open ? 'replace' : 'push';
      open = true;
      if (!held && !releasing) settleIn(settleMs);
      return action;
    },
    hold(next) {
      if (next === held) return;
      held = next;
      // A press starts a gesture of its own: whatever was open before it is settled.
      if (held) {
        stopTimer();
        open = false;
      } else if (open) {
        settleIn(releaseMs);
        releasing = true;
      }
    },
    settle() {
      stopTimer();
      open = false;
    },
  };
}
