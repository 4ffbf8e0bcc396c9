import { describe, expect, it } from 'vitest';
import { aliasReads, compileAliases } from '../../../src/expr/compile-aliases';
import { aliasMessages, exprMessages } from '../../../src/expr/expr-messages';

const catalog = { columns: new Map<string, 'number' | 'text'>([['tpc.meanMIP', 'number'], ['tpc.meanMIPele', 'number'], ['evs.nEvents', 'number'], ['rct.period', 'text']]) };

describe('compileAliases', () => {
  it('orders aliases after those they use, whatever the order of definition, and types them', () => {
    const program = compileAliases([
      { name: 'bad', expression: 'lowStat || ratio > 2' },
      { name: 'ratio', expression: 'tpc.meanMIPele / tpc.meanMIP' },
      { name: 'lowStat', expression: 'evs.nEvents < 1000' },
    ], catalog);
    expect(program.errors).toEqual([]);
    expect(program.aliases.map((a) => a.name)).toEqual(['lowStat', 'ratio', 'bad']);
    expect([...(program.catalog.aliases ?? [])]).toEqual([['lowStat', 'boolean'], ['ratio', 'number'], ['bad', 'boolean']]);
    expect(program.catalog.columns).toBe(catalog.columns);
  });

  it('reports a cycle with its path at the reference that closes it, for each alias on it, and fails those using them', () => {
    const program = compileAliases([
      { name: 'a', expression: 'b + 1' },
      { name: 'b', expression: 'tpc.meanMIP * c' },
      { name: 'c', expression: 'a' },
      { name: 'd', expression: 'c > 2' },
      { name: 'e', expression: 'tpc.meanMIP + 1' },
    ], catalog);
    expect(program.errors).toEqual([
      { kind: 'cycle', message: aliasMessages.cycle(['a', 'b', 'c', 'a']), source: 'b + 1', start: 0, end: 1, alias: 'a', path: ['a', 'b', 'c', 'a'] },
      { kind: 'cycle', message: aliasMessages.cycle(['b', 'c', 'a', 'b']), source: 'tpc.meanMIP * c', start: 14, end: 15, alias: 'b', path: ['b', 'c', 'a', 'b'] },
      { kind: 'cycle', message: aliasMessages.cycle(['c', 'a', 'b', 'c']), source: 'a', start: 0, end: 1, alias: 'c', path: ['c', 'a', 'b', 'c'] },
      { kind: 'alias-failed', message: aliasMessages.failedDependency('c'), source: 'c > 2', start: 0, end: 1, alias: 'd' },
    ]);
    expect(program.aliases.map((a) => a.name)).toEqual(['e']);
  });

  it('reports a self-reference as a cycle a → a', () => {
    const program = compileAliases([{ name: 'a', expression: '2 * a' }], catalog);
    expect(program.errors).toMatchObject([{ kind: 'cycle', path: ['a', 'a'], start: 4, end: 5, alias: 'a' }]);
  });

  it('reports syntax, unknown-column and type errors with the alias name, and fails the aliases using them', () => {
    const program = compileAliases([
      { name: 'broken', expression: 'tpc.meanMIP +' },
      { name: 'typo', expression: 'tpc.meanMIp * 2' },
      { name: 'mistyped', expression: 'rct.period * 2' },
      { name: 'user', expression: 'typo + broken' },
    ], catalog);
    expect(program.errors.map((e) => [e.alias, e.kind])).toEqual([
      ['broken', 'syntax'], ['typo', 'unknown-column'], ['mistyped', 'type'], ['user', 'alias-failed'],
    ]);
    expect(program.errors[3]).toMatchObject({ message: aliasMessages.failedDependency('typo'), start: 0, end: 4 });
    expect(program.errors[1].message).toBe(exprMessages.unknownColumn('tpc.meanMIp', ['tpc.meanMIP', 'tpc.meanMIPele']));
  });

  it('refuses empty names, names of data columns and repeated names (the first definition stays)', () => {
    const program = compileAliases([
      { name: '', expression: '1' },
      { name: 'tpc.meanMIP', expression: '2' },
      { name: 'x', expression: '3' },
      { name: 'x', expression: '4' },
      { name: 'y', expression: 'x + tpc.meanMIP' },
    ], catalog);
    expect(program.errors).toEqual([
      { kind: 'alias-name', message: aliasMessages.emptyName(), source: '', start: 0, end: 0, alias: '' },
      { kind: 'alias-name', message: aliasMessages.shadowsColumn('tpc.meanMIP'), source: 'tpc.meanMIP', start: 0, end: 11, alias: 'tpc.meanMIP' },
      { kind: 'alias-name', message: aliasMessages.duplicateName('x'), source: 'x', start: 0, end: 1, alias: 'x' },
    ]);
    expect(program.aliases.map((a) => [a.name, a.compiled.source])).toEqual([['x', '3'], ['y', 'x + tpc.meanMIP']]);
    expect(program.aliases[1].compiled.reads).toEqual([{ name: 'tpc.meanMIP', readAs: 'numeric' }]);
  });

  it('accepts any name (used in backticks) and aliases of aliases of aliases', () => {
    const program = compileAliases([
      { name: 'mip ratio', expression: 'tpc.meanMIPele / tpc.meanMIP' },
      { name: 'r2', expression: '`mip ratio` * 2' },
      { name: 'r3', expression: 'r2 > 3 && rct.period == "LHC18b"' },
    ], catalog);
    expect(program.errors).toEqual([]);
    expect(aliasReads(program, ['r3'])).toEqual([
      { name: 'rct.period', readAs: 'categorical' }, { name: 'tpc.meanMIPele', readAs: 'numeric' }, { name: 'tpc.meanMIP', readAs: 'numeric' },
    ]);
    expect(aliasReads(program)).toHaveLength(3);
    expect(aliasReads(program, ['unknown'])).toEqual([]);
  });
});
