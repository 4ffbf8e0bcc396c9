import { describe, expect, it } from 'vitest';
import { axisLabel, columnLabel } from '../../../src/charts/chart-card';
import type { ColumnMeta } from '../../../src/contract/data-contract';

const meta = (name: string, title: string, unit: string): ColumnMeta => ({
  name, table: 'runs_tpc_1', source: 'tpc', sqlType: 'REAL', rootType: 'Float_t', title, unit, exactInBrowser: true,
});
const columns = new Map([
  ['tpc.dcar[0]', meta('tpc.dcar[0]', 'mean DCA r', 'cm')],
  ['tpc.meanMIP', meta('tpc.meanMIP', 'mean dE/dx of MIP pions', '')],
  ['rct.period', meta('rct.period', 'rct.period', '')],
  ['evs.nEvents', { ...meta('evs.nEvents', 'events read', ''), exactInBrowser: false }],
]);

describe('axisLabel', () => {
  it('adds the unit and the title from the columns table', () => {
    expect(axisLabel('tpc.dcar[0]', columns)).toBe('tpc.dcar[0] [cm] — mean DCA r');
    expect(axisLabel('tpc.meanMIP', columns)).toBe('tpc.meanMIP — mean dE/dx of MIP pions');
  });
  it('leaves out a title equal to the name, and anything for an unknown column', () => {
    expect(axisLabel('rct.period', columns)).toBe('rct.period');
    expect(axisLabel('x.y', columns)).toBe('x.y');
  });
});

describe('columnLabel', () => {
  it('is the name with the unit only', () => {
    expect(columnLabel('tpc.dcar[0]', columns)).toBe('tpc.dcar[0] [cm]');
    expect(columnLabel('tpc.meanMIP', columns)).toBe('tpc.meanMIP');
  });
});

describe('labels of columns the browser holds rounded', () => {
  it('end the name part with " ≈" (exactInBrowser false in the manifest)', () => {
    expect(columnLabel('evs.nEvents', columns)).toBe('evs.nEvents ≈');
    expect(axisLabel('evs.nEvents', columns)).toBe('evs.nEvents ≈ — events read');
  });
});
