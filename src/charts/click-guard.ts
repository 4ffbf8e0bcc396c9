/** How far (CSS pixels) the pointer may move between press and release for the gesture to stay a click. */
export const CLICK_SLOP = 3;

/** True when a press at `from` and the pointer now at `to` are still a click (within `slop` pixels). */
export function isClickMove(from: readonly [number, number], to: readonly [number, number], slop = CLICK_SLOP): boolean {
  return Math.hypot(to[0] - from[0], to[1] - from[1]) <= slop;
}

/**
 * Tells a brush's click from its drag. d3-brush turns a click into an empty
 * selection; a chart asks `isClick` on each brush event of a gesture and
 * leaves its clause alone while it holds. Once the pointer has gone beyond
 * the slop the gesture is a drag until the next press, even if it comes back.
 */
export interface ClickGuard {
  /** Starts a gesture at the pressing event (a brush's `start` sourceEvent). */
  start(event: unknown): void;
  /** True while the gesture is a click; `event` is the brush event's sourceEvent. */
  isClick(event: unknown): boolean;
}

export function createClickGuard(slop = CLICK_SLOP): ClickGuard {
  let from: [number, number] | undefined;
  let dragged = false;
  return {
    start(event) {
      from = clientPoint(event);
      dragged = !from;
    },
    isClick(event) {
      const to = clientPoint(event);
      if (!dragged && (!from || !to || !isClickMove(from, to, slop))) dragged = true;
      return !dragged;
    },
  };
}

/** Viewport position of a mouse or pointer event; undefined for others (touch: always a drag). */
function clientPoint(event: unknown): [number, number] | undefined {
  const { clientX, clientY } = (event ?? {}) as { clientX?: unknown; clientY?: unknown };
  return typeof clientX === 'number' && typeof clientY === 'number' ? [clientX, clientY] : undefined;
}
