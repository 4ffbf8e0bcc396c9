import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { parseSourcesFile } from '../../../scripts/pipeline/load-sources-file';
import { messages } from '../../../scripts/pipeline/messages';
import { caught } from './helpers';

const FILE = '/repo/data/sources.json';
const parse = (json: unknown) => parseSourcesFile(JSON.stringify(json), FILE);

describe('the sources file fields of issue 6 (runRange, missing, pivot, maxPivotColumns, runFromPath, columns, $entry)', () => {
  it('reads each, with defaults', () => {
    const config = parse({
      runRange: [100, 700000],
      sources: [
        { name: 'a', kind: 'root', files: 'a.root', tree: 'T', missing: [-999, -100] },
        { name: 'b', kind: 'csv', files: 'b.csv', missing: { 'tpc.*': [-999], n: [0.5] }, pivot: { name: 'trigger', value: 'counts' }, maxPivotColumns: 50 },
        { name: 'c', kind: 'root', files: 'qa/*.root', tree: 'T', runFromPath: 'qa/(\\d+)\\.root$' },
        { name: 'd', kind: 'csv', files: 'd.csv', columns: ['run', 'x'] },
        { name: 'e', kind: 'csv', files: 'e.csv', key: '$entry', columns: ['x'] },
      ],
    });
    expect(config.runRange).toEqual([100, 700000]);
    expect(config.sources[0]).toMatchObject({ missing: [{ columns: '*', values: [-999, -100] }], maxPivotColumns: 1000 });
    expect(config.sources[0].pivot).toBeUndefined();
    expect(config.sources[1]).toMatchObject({ missing: [{ columns: 'tpc.*', values: [-999] }, { columns: 'n', values: [0.5] }], pivot: { name: 'trigger', value: 'counts' }, maxPivotColumns: 50 });
    expect(config.sources[2]).toMatchObject({ runFromPath: 'qa/(\\d+)\\.root$', key: '$path' });
    expect(config.sources[3].columns).toEqual(['run', 'x']);
    expect(config.sources[4]).toMatchObject({ key: '$entry', columns: ['x'] });
  });

  it('lists every problem at once, each at its JSON path', async () => {
    const error = (await caught(() => parse({
      runRange: [10, 1],
      sources: [
        { name: 'a', kind: 'root', files: 'a.root', tree: 'T', missing: ['-999'], runFromPath: '(a)(b)', key: 'run', columns: ['x'] },
        { name: 'b', kind: 'csv', files: 'b.csv', missing: { x: [] }, pivot: { name: 'run', value: 'v', extra: 1 }, runFromPath: 'x(\\d+)' },
        { name: 'c', kind: 'csv', files: 'c.csv', maxPivotColumns: 0, columns: ['x', 'x'] },
        { name: 'd', kind: 'root', files: 'd.root', tree: 'T', runFromPath: '(' },
        { name: 'e', kind: 'csv', files: 'e.csv', pivot: { name: 'n', value: 'n' }, columns: ['a', 'b'] },
      ],
    }))) as BuildError;
    expect(error.kind).toBe('sources-file-invalid');
    const lines = error.message.split('\n').slice(1).map((l) => l.trim());
    const at = (p: string) => lines.filter((l) => l.startsWith(`${p} `));
    expect(at('$.runRange')).toEqual([`$.runRange ${messages.mustBe('two whole numbers [lowest, highest] with lowest ≤ highest')}.`]);
    expect(at('$.sources[0].runFromPath')).toEqual([`$.sources[0].runFromPath ${messages.captureGroups(2)}.`]);
    expect(at('$.sources[0].key')).toEqual([`$.sources[0].key ${messages.keyWithRunFromPath()}.`]);
    expect(at('$.sources[0].columns')).toEqual([`$.sources[0].columns ${messages.csvOnlyProperty()}.`]);
    expect(at('$.sources[0].missing')).toEqual([`$.sources[0].missing ${messages.mustBe('a non-empty list of finite numbers')}.`]);
    expect(at('$.sources[1].runFromPath')).toEqual([`$.sources[1].runFromPath ${messages.rootOnlyProperty()}.`]);
    expect(at('$.sources[1].missing.x')).toEqual([`$.sources[1].missing.x ${messages.mustBe('a non-empty list of finite numbers')}.`]);
    expect(at('$.sources[1].pivot.extra')).toEqual([`$.sources[1].pivot.extra ${messages.unknownProperty(['name', 'value'])}.`]);
    expect(at('$.sources[1].pivot.name')).toEqual([`$.sources[1].pivot.name ${messages.pivotIsKey()}.`]);
    expect(at('$.sources[2].maxPivotColumns')).toEqual([`$.sources[2].maxPivotColumns ${messages.onlyWithPivot()}.`, `$.sources[2].maxPivotColumns ${messages.mustBe('a positive whole number')}.`]);
    expect(at('$.sources[2].columns')).toEqual([`$.sources[2].columns ${messages.repeatedColumnName('x')}.`]);
    expect(at('$.sources[3].runFromPath')).toHaveLength(1);
    expect(at('$.sources[3].runFromPath')[0]).toMatch(/is not a valid regular expression/);
    expect(at('$.sources[4].pivot.value')).toEqual([`$.sources[4].pivot.value ${messages.pivotSameColumn()}.`]);
    expect(at('$.sources[4].columns')).toEqual([`$.sources[4].columns ${messages.columnsWithoutKey('run')}.`]);
    expect(lines).toHaveLength(15);
  });
});
