import { describe, expect, it } from 'vitest';
import { EXPORTED_STYLES, exportFileName } from '../../../src/charts/chart-export';

describe('exportFileName', () => {
  it('is <view>-<chart id>.<format>', () => {
    expect(exportFileName('tpc-overview', 'mip-trend', 'png')).toBe('tpc-overview-mip-trend.png');
    expect(exportFileName('tpc-dca', 'dcar', 'svg')).toBe('tpc-dca-dcar.svg');
  });

  it('copies the styles that decide how marks and text look, each once', () => {
    expect(new Set(EXPORTED_STYLES).size).toBe(EXPORTED_STYLES.length);
    expect(EXPORTED_STYLES).toEqual(expect.arrayContaining(['fill', 'stroke', 'font-size', 'text-anchor']));
  });
});
