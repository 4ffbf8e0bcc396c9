import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ConditionRow } from '../../../scripts/demo/conditions';
import { csvCell, toConditionsCsv } from '../../../scripts/demo/conditions-csv';

const row = (over: Partial<ConditionRow>): ConditionRow => ({
  run: 295585, period: 'LHC18q', pass: 'pass3', beamType: 'Pb-Pb', fill: 7322, startTime: 1541700000, endTime: 1541703600,
  duration: 3600, lumi: 0.0035, quality: 'Good', l0bCounts: 360000, ...over,
});

describe('csvCell', () => {
  it('writes null as empty, numbers in shortest round-trip form, and quotes text only when needed', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvCell(1e-7)).toBe('1e-7');
    expect(csvCell('LHC18q')).toBe('LHC18q');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});

describe('toConditionsCsv', () => {
  it('writes the header and one LF-terminated line per row, with empty cells for null', () => {
    const text = toConditionsCsv([row({}), row({ run: 295586, fill: null, lumi: null, quality: null })]);
    expect(text).toBe(
      'run,period,pass,beamType,fill,startTime,endTime,duration,lumi,quality,l0bCounts\n' +
        '295585,LHC18q,pass3,Pb-Pb,7322,1541700000,1541703600,3600,0.0035,Good,360000\n' +
        '295586,LHC18q,pass3,Pb-Pb,,1541700000,1541703600,3600,,,360000\n',
    );
  });

  it('reads back with papaparse to the same values', () => {
    const rows = [row({}), row({ run: 295590, lumi: null, quality: 'Bad' })];
    const parsed = Papa.parse<Record<string, string>>(toConditionsCsv(rows), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => [Number(r.run), r.beamType, r.lumi === '' ? null : Number(r.lumi), r.quality])).toEqual([
      [295585, 'Pb-Pb', 0.0035, 'Good'],
      [295590, 'Pb-Pb', null, 'Bad'],
    ]);
  });

  it('writes only the header for no rows', () => {
    expect(toConditionsCsv([])).toBe('run,period,pass,beamType,fill,startTime,endTime,duration,lumi,quality,l0bCounts\n');
  });
});
