/** A width and a height in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** Gap between the point and the tooltip's nearest corner, in CSS pixels. */
export const TOOLTIP_GAP = 12;

/**
 * Where a tooltip of `size` goes for a point at `anchor` (viewport CSS
 * pixels): below and to the right of it, flipped to the left or above when
 * that side would leave the viewport, then moved inside the viewport
 * (top-left kept when the tooltip is larger than the viewport). Returns its
 * top-left corner.
 */
export function placeTooltip(anchor: { x: number; y: number }, size: Size, viewport: Size, gap = TOOLTIP_GAP): { left: number; top: number } {
  let left = anchor.x + gap;
  let top = anchor.y + gap;
  if (left + size.width > viewport.width) left = anchor.x - gap - size.width;
  if (top + size.height > viewport.height) top = anchor.y - gap - size.height;
  return { left: clamp(left, viewport.width - size.width), top: clamp(top, viewport.height - size.height) };
}

/** `value` inside [0, max], 0 when max < 0. */
function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}
