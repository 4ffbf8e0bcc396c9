import { describe, expect, it } from 'vitest';
import type { ColumnMeta } from '../../../src/contract/data-contract';
import { checkViewText } from '../../../src/view/check-view';
import { checkViewColumns } from '../../../src/view/check-view-columns';
import { checkViewQa } from '../../../src/view/check-view-qa';
import { viewHints, viewMessages } from '../../../src/view/view-messages';

const meta = (name: string, sqlType: ColumnMeta['sqlType']): ColumnMeta => ({
  name, table: 'runs_x_1', source: name.split('.')[0], sqlType, rootType: 'Double_t', title: '', unit: '', exactInBrowser: true,
});
const columns = [meta('run', 'INTEGER'), meta('tpc.meanMIP', 'REAL'), meta('tpc.meanMIPele', 'REAL'), meta('rct.period', 'TEXT'), meta('evs.nEventsSelected', 'INTEGER')];
const paths = (problems: { path: string }[]) => problems.map((p) => p.path);

describe('checkViewQa', () => {
  it('finds nothing wrong in good aliases, rules, statisticOK, reference and table columns', () => {
    const json = {
      aliases: { ratio: 'tpc.meanMIPele / tpc.meanMIP', high: 'ratio > 2' },
      rules: [{ name: 'r', level: 'Outlier', expression: 'abs(nsigma(ratio)) > 6 || high' }],
      statisticOK: 'evs.nEventsSelected >= 200000',
      reference: { kind: 'category', column: 'rct.period', value: 'LHC18b', groupBy: 'rct.period' },
      table: { columns: ['rct.period', 'ratio'] },
    };
    expect(checkViewQa(json, columns)).toEqual([]);
  });

  it('reports an unknown column in a rule at its expression, with the closest names', () => {
    const [problem] = checkViewQa({ rules: [{ name: 'a', level: 'Warning', expression: 'tpc.meanMIp > 3' }] }, columns);
    expect(problem.path).toBe('$.rules[0].expression');
    expect(problem.message).toContain('tpc.meanMIp');
    expect(problem.message).toContain('^^^^^^^^^^^');
    expect(problem.hint).toContain('"tpc.meanMIP"');
  });

  it('reports each alias on a cycle with the cycle, and an alias using a failed one', () => {
    const problems = checkViewQa({ aliases: { a: 'b + 1', b: 'a * 2', c: 'a + tpc.meanMIP' } }, columns);
    expect(paths(problems)).toEqual(['$.aliases.a', '$.aliases.b', '$.aliases.c']);
    expect(problems[0].message).toMatch(/a → b → a|a, b, a|"a".*"b"/);
  });

  it('without the data, reports syntax errors only (an unknown name is not an error then)', () => {
    const json = { aliases: { x: 'tpc.meanMIP +' }, rules: [{ name: 'a', level: 'Bad', expression: 'nope > 1' }], statisticOK: '1 = 1' };
    expect(paths(checkViewQa(json))).toEqual(['$.aliases.x', '$.statisticOK']);
  });

  it('reports a repeated rule name, a statisticOK that is a number, a groupBy that is not text and an unknown table column', () => {
    const json = {
      rules: [{ name: 'a', level: 'Bad', expression: 'tpc.meanMIP > 1' }, { name: 'a', level: 'Bad', expression: 'tpc.meanMIP > 2' }],
      statisticOK: 'evs.nEventsSelected',
      reference: { kind: 'all', groupBy: 'tpc.meanMIP' },
      table: { columns: ['tpc.meanMIPP'] },
    };
    const problems = checkViewQa(json, columns);
    expect(paths(problems)).toEqual(['$.rules[1].name', '$.statisticOK', '$.reference.groupBy', '$.table.columns[0]']);
    expect(problems[0].message).toBe(viewMessages.duplicateRule('a'));
    expect(problems[2].message).toBe(viewMessages.notTextColumn('tpc.meanMIP'));
    expect(problems[3]).toMatchObject({ message: viewMessages.unknownColumnOrAlias('tpc.meanMIPP'), hint: viewHints.didYouMean(['tpc.meanMIP', 'tpc.meanMIPele']) });
  });
});

describe('alias names as chart columns', () => {
  it('checkViewColumns accepts an alias where a chart needs numbers', () => {
    expect(checkViewColumns({ aliases: { ratio: 'tpc.meanMIPele / tpc.meanMIP' }, charts: [{ id: 't', kind: 'trend', y: 'ratio' }] }, columns)).toEqual([]);
    expect(paths(checkViewColumns({ charts: [{ id: 't', kind: 'trend', y: 'ratio' }] }, columns))).toEqual(['$.charts[0].y']);
  });

  it('checkViewText normalises the QA sections: aliases in order, the default reference, table columns and variables', () => {
    const text = JSON.stringify({
      $schema: './view.schema.json',
      charts: [{ id: 't', kind: 'trend', y: 'ratio' }, { id: 'p', kind: 'row', x: 'rct.period' }],
      aliases: { ratio: 'tpc.meanMIPele / tpc.meanMIP' },
      rules: [{ name: 'r', level: 'PhysAcc', expression: '!inrange(ratio, 1, 3)' }],
    });
    const checked = checkViewText(text, { columns });
    expect(checked.problems).toEqual([]);
    expect(checked.view!.qa).toEqual({
      aliases: [{ name: 'ratio', expression: 'tpc.meanMIPele / tpc.meanMIP' }],
      rules: [{ name: 'r', level: 'PhysAcc', expression: '!inrange(ratio, 1, 3)' }],
      reference: { kind: 'all' },
      categoryColumns: ['rct.period'],
      variables: ['ratio'],
    });
  });

  it('a view without QA sections has no QA part', () => {
    const checked = checkViewText(JSON.stringify({ $schema: './view.schema.json', charts: [{ id: 'p', kind: 'row', x: 'rct.period' }] }), { columns });
    expect(checked.view!.qa).toBeUndefined();
  });
});
