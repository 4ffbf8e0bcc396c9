import { describe, expect, it } from 'vitest';
import { aliasCycles } from '../../../src/expr/alias-cycles';

describe('aliasCycles', () => {
  it('finds no cycle in a chain', () => {
    expect(aliasCycles(new Map([['a', ['b']], ['b', ['c']], ['c', []]]))).toEqual(new Map());
  });
  it('reports a self-reference as a → a', () => {
    expect(aliasCycles(new Map([['a', ['a']]]))).toEqual(new Map([['a', ['a', 'a']]]));
  });
  it('reports, for each alias on a cycle, the shortest cycle through it, starting from it', () => {
    const uses = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(aliasCycles(uses)).toEqual(new Map([['a', ['a', 'b', 'c', 'a']], ['b', ['b', 'c', 'a', 'b']], ['c', ['c', 'a', 'b', 'c']]]));
  });
  it('takes the shorter of two cycles and ignores names that are not aliases', () => {
    const uses = new Map([['a', ['x', 'b', 'c']], ['b', ['c']], ['c', ['a']]]);
    expect(aliasCycles(uses).get('a')).toEqual(['a', 'c', 'a']);
  });
});
