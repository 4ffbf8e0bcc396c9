/**
 * Fuzzing the parser with seeded inputs: grammar-generated expressions, their
 * mutations, token soup, random characters and pathological nesting. The
 * parser must return a tree or a typed error for every one, never throw, and
 * finish; a tree must print and parse back to itself.
 */
import { describe, expect, it } from 'vitest';
import type { Expr } from '../../../src/expr/ast';
import { compileAst } from '../../../src/expr/compile-expr';
import { MAX_SOURCE_LENGTH } from '../../../src/expr/limits';
import { parse } from '../../../src/expr/parse';
import { printExpr } from '../../../src/expr/print-expr';
import { createRng, type Rng } from '../../../scripts/demo/prng';
import { withoutOffsets } from './expr-shape';

const NAMES = ['run', 'tpc.meanMIP', 'tpc.dcar[2]', 'src.m[1][0]', 'src.branch.leaf', 'x', '_y9', 'abs'];
const QUOTED = ['`a b`', '`x\\`y`', '`back\\\\slash`', '`1st`', '`é`'];
const STRINGS = ['"LHC18b"', '""', '"a\\"b"', '"\\\\"', '"π"'];
const NUMBERS = ['0', '42', '1.5', '.5', '7.', '1e-6', '2.5E+3', '1e3', '0.000001'];
const FUNCS = ['abs', 'sqrt', 'log', 'exp', 'pow', 'min', 'max', 'isnan', 'inrange', 'nsigma', 'median', 'mean', 'rms', 'nope'];
const BINARY = ['+', '-', '*', '/', '%', '<', '<=', '>', '>=', '==', '!=', '&&', '||'];
const ALPHABET = '()[]+-*/%!<>=&|?:,."`\\ \t\n0123456789eE.abcxyz_\u00e9\ud83d\ude00\u0000';

const space = (rng: Rng) => ['', ' ', '  ', '\t', '\n'][rng.int(0, 4)];

/** A syntactically valid expression, `depth` levels at most. */
function generate(rng: Rng, depth: number): string {
  if (depth <= 0 || rng.chance(0.3)) {
    const pick = rng.int(0, 3);
    return pick === 0 ? rng.pick(NAMES) : pick === 1 ? rng.pick(NUMBERS) : pick === 2 ? rng.pick(QUOTED) : rng.pick(STRINGS);
  }
  const s = space(rng);
  switch (rng.int(0, 5)) {
    case 0:
      return `${generate(rng, depth - 1)}${s}${rng.pick(BINARY)}${s}${generate(rng, depth - 1)}`;
    case 1:
      return `${rng.pick(['-', '!'])}${s}${generate(rng, depth - 1)}`;
    case 2:
      return `(${s}${generate(rng, depth - 1)}${s})`;
    case 3: {
      const args = Array.from({ length: rng.int(0, 3) }, () => generate(rng, depth - 1));
      return `${rng.pick(FUNCS)}${rng.chance(0.2) ? ' ' : ''}(${args.join(`,${s}`)})`;
    }
    case 4:
      return `${generate(rng, depth - 1)}${s}?${s}${generate(rng, depth - 1)}${s}:${s}${generate(rng, depth - 1)}`;
    default:
      return `${generate(rng, depth - 1)}${s}${rng.pick(BINARY)}${s}(${generate(rng, depth - 1)})`;
  }
}

function mutate(rng: Rng, text: string): string {
  const at = rng.int(0, text.length);
  switch (rng.int(0, 5)) {
    case 0:
      return text.slice(0, at) + text.slice(at + rng.int(1, 4));
    case 1:
      return text.slice(0, at) + ALPHABET[rng.int(0, ALPHABET.length - 1)] + text.slice(at);
    case 2:
      return text.slice(0, at) + ALPHABET[rng.int(0, ALPHABET.length - 1)] + text.slice(at + 1);
    case 3:
      return text.slice(0, at);
    case 4: {
      const from = rng.int(0, text.length);
      return text.slice(0, at) + text.slice(from, from + rng.int(1, 8)) + text.slice(at);
    }
    default:
      return text.slice(at) + text.slice(0, at);
  }
}

function tokenSoup(rng: Rng): string {
  const pieces = [...NAMES, ...QUOTED, ...STRINGS, ...NUMBERS, ...FUNCS, ...BINARY, '(', ')', ',', '?', ':', '!', '=', '&', '|', '[', ']', '^', "'"];
  return Array.from({ length: rng.int(0, 20) }, () => rng.pick(pieces)).join(rng.chance(0.5) ? ' ' : '');
}

function randomChars(rng: Rng): string {
  return Array.from({ length: rng.int(0, 40) }, () => String.fromCharCode(rng.int(0, 0xffff))).join('');
}

/** Every node's offsets inside its parent's and inside the text; number nodes quote their raw text. */
function checkSpans(node: Expr, source: string, lo: number, hi: number): void {
  if (!(lo <= node.start && node.start <= node.end && node.end <= hi)) throw new Error(`bad span ${node.kind} [${node.start}, ${node.end}) in [${lo}, ${hi})`);
  if (node.kind === 'number' && source.slice(node.start, node.end) !== node.raw) throw new Error(`number raw ${node.raw}`);
  const children: Expr[] = node.kind === 'group' ? [node.inner] : node.kind === 'unary' ? [node.operand] : node.kind === 'binary' ? [node.left, node.right]
    : node.kind === 'conditional' ? [node.test, node.then, node.otherwise] : node.kind === 'call' ? node.args : [];
  for (const child of children) checkSpans(child, source, node.start, node.end);
}

const catalog = { columns: new Map(NAMES.map((n) => [n, 'number' as const])) };

interface Tally { inputs: number; trees: number; errors: Record<string, number> }

function check(source: string, mustParse: boolean, tally: Tally): void {
  tally.inputs++;
  const result = parse(source);
  if (!result.ok) {
    const { error } = result;
    expect(['syntax', 'too-long', 'too-deep']).toContain(error.kind);
    expect(error.source).toBe(source);
    expect(error.message.length).toBeGreaterThan(0);
    if (!(0 <= error.start && error.start <= error.end && error.end <= source.length)) throw new Error(`bad error span for ${JSON.stringify(source)}`);
    if (mustParse) throw new Error(`generated text did not parse: ${JSON.stringify(source)}: ${error.message}`);
    tally.errors[error.kind] = (tally.errors[error.kind] ?? 0) + 1;
    return;
  }
  tally.trees++;
  checkSpans(result.ast, source, 0, source.length);
  const printed = printExpr(result.ast);
  const again = parse(printed);
  if (!again.ok) throw new Error(`printed text did not parse: ${JSON.stringify(printed)} from ${JSON.stringify(source)}`);
  expect(withoutOffsets(again.ast)).toEqual(withoutOffsets(result.ast));
  const compiled = compileAst(source, result.ast, catalog);
  if (!compiled.ok) for (const e of compiled.errors) if (!(e.start <= e.end && e.end <= source.length)) throw new Error('bad compile error span');
}

describe('parse fuzz (seeded)', () => {
  it('returns a tree or a typed error for ≥ 100,000 generated and mutated inputs, and trees round-trip', () => {
    const rng = createRng(20240607, 'expr-fuzz');
    const tally: Tally = { inputs: 0, trees: 0, errors: {} };
    const valid: string[] = [];
    for (let k = 0; k < 35_000; k++) {
      const text = generate(rng, rng.int(0, 6));
      valid.push(text);
      check(text, true, tally);
    }
    for (let k = 0; k < 45_000; k++) {
      let text = rng.pick(valid);
      for (let m = rng.int(1, 3); m > 0; m--) text = mutate(rng, text);
      check(text, false, tally);
    }
    for (let k = 0; k < 15_000; k++) check(tokenSoup(rng), false, tally);
    for (let k = 0; k < 5_000; k++) check(randomChars(rng), false, tally);
    for (let k = 0; k < 200; k++) {
      const n = rng.int(1, 6000);
      const open = rng.pick(['(', '-', '!', 'abs(', 'c ? ', 'a + ']);
      check(open.repeat(n) + 'a' + (open === '(' ? ')' : open === 'abs(' ? ')' : open === 'c ? ' ? ' : b' : '').repeat(rng.chance(0.5) ? n : rng.int(0, n)), false, tally);
    }
    check('a'.repeat(MAX_SOURCE_LENGTH), false, tally);
    check('a'.repeat(MAX_SOURCE_LENGTH + 1), false, tally);
    check('1+'.repeat(MAX_SOURCE_LENGTH / 2 - 1) + '1', false, tally);
    expect(tally.inputs).toBeGreaterThanOrEqual(100_000);
    // the mix exercises both outcomes and every parse error kind
    expect(tally.trees).toBeGreaterThan(40_000);
    expect(Object.keys(tally.errors).sort()).toEqual(['syntax', 'too-deep', 'too-long']);
  }, 300_000);
});
