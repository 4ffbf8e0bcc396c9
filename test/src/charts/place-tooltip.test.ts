import { describe, expect, it } from 'vitest';
import { placeTooltip, TOOLTIP_GAP } from '../../../src/charts/place-tooltip';

const viewport = { width: 800, height: 600 };

describe('placeTooltip', () => {
  it('puts the tooltip below and right of the point when it fits there', () => {
    expect(placeTooltip({ x: 100, y: 50 }, { width: 200, height: 80 }, viewport)).toEqual({ left: 100 + TOOLTIP_GAP, top: 50 + TOOLTIP_GAP });
  });

  it('flips it to the left near the right edge and above near the bottom', () => {
    expect(placeTooltip({ x: 700, y: 580 }, { width: 200, height: 80 }, viewport)).toEqual({ left: 700 - TOOLTIP_GAP - 200, top: 580 - TOOLTIP_GAP - 80 });
  });

  it('keeps a tooltip larger than the viewport at the top-left corner', () => {
    expect(placeTooltip({ x: 400, y: 300 }, { width: 900, height: 700 }, viewport)).toEqual({ left: 0, top: 0 });
  });

  it('on every anchor of a grid and every size, lies inside the viewport and, where there is room beside the point, off it', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (let width = 10; width <= 820; width += 90) {
      for (let height = 10; height <= 620; height += 70) {
        for (let x = -20; x <= 820; x += 20) {
          for (let y = -20; y <= 620; y += 20) {
            const { left, top } = placeTooltip({ x, y }, { width, height }, viewport);
            const at = `size ${width}×${height}, anchor (${x}, ${y}): (${left}, ${top})`;
            const insideX = width > viewport.width ? left === 0 : left >= 0 && left + width <= viewport.width;
            const insideY = height > viewport.height ? top === 0 : top >= 0 && top + height <= viewport.height;
            if (!insideX || !insideY) wrong.push(`outside: ${at}`);
            // With room on one side of the point in both directions, the tooltip does not cover it.
            const roomX = x + TOOLTIP_GAP + width <= viewport.width || x - TOOLTIP_GAP - width >= 0;
            const roomY = y + TOOLTIP_GAP + height <= viewport.height || y - TOOLTIP_GAP - height >= 0;
            const covers = x >= left && x <= left + width && y >= top && y <= top + height;
            if (roomX && roomY && covers) wrong.push(`covers the point: ${at}`);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe(10 * 9 * 43 * 33);
    expect(wrong).toEqual([]);
  });
});
