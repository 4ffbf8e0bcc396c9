import { BINARY_PRECEDENCE, type BinaryOp, type Expr } from './ast';
import { exprError, type ExprError } from './expr-error';
import { exprMessages as msg } from './expr-messages';
import { MAX_DEPTH, MAX_SOURCE_LENGTH } from './limits';
import { tokenize, type Token } from './tokenize';

export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: ExprError };

/**
 * Parses an expression into its syntax tree, or returns the first syntax
 * error. Never throws: text longer than MAX_SOURCE_LENGTH is a 'too-long'
 * error and nesting beyond MAX_DEPTH a 'too-deep' one. Precedence, loosest
 * first: `?:` (right-associative), `||`, `&&`, `== !=`, `< <= > >=`, `+ -`,
 * `* / %` (all binary operators left-associative), then prefix `-` and `!`.
 */
export function parse(source: string): ParseResult {
  if (source.length > MAX_SOURCE_LENGTH) {
    return { ok: false, error: exprError('too-long', msg.tooLong(MAX_SOURCE_LENGTH, source.length), source, MAX_SOURCE_LENGTH, source.length) };
  }
  const lexed = tokenize(source);
  if (!lexed.ok) return lexed;
  try {
    return { ok: true, ast: new Parser(source, lexed.tokens).parseAll() };
  } catch (caught) {
    if (caught instanceof ParseFailure) return { ok: false, error: caught.error };
    throw caught;
  }
}

/** Internal: unwinds the recursive descent to `parse`, which returns the error as a value. */
class ParseFailure {
  constructor(readonly error: ExprError) {}
}

/** Depth of a node, kept beside the tree while parsing (the nodes stay plain data). */
type Built = { node: Expr; depth: number };

class Parser {
  private at = 0;
  private nesting = 0;

  constructor(private readonly source: string, private readonly tokens: Token[]) {}

  parseAll(): Expr {
    if (this.peek().kind === 'end') this.fail('syntax', msg.empty(), 0, this.source.length);
    const { node } = this.conditional();
    const next = this.peek();
    if (next.kind !== 'end') this.fail('syntax', msg.trailing(this.describe(next)), next.start, next.end);
    return node;
  }

  private conditional(): Built {
    const test = this.binary(1);
    if (!this.isOp('?')) return test;
    const question = this.next();
    this.enter(question);
    const then = this.conditional();
    if (!this.isOp(':')) {
      const found = this.peek();
      this.fail('syntax', msg.expectedColon(this.describe(found)), found.start, found.end);
    }
    this.next();
    const otherwise = this.conditional();
    this.nesting--;
    const depth = 1 + Math.max(test.depth, then.depth, otherwise.depth);
    this.limit(depth, question);
    return { node: { kind: 'conditional', test: test.node, then: then.node, otherwise: otherwise.node, start: test.node.start, end: otherwise.node.end }, depth };
  }

  /** Precedence climbing: operators binding at least as tightly as `min`, left-associative. */
  private binary(min: number): Built {
    let left = this.unary();
    for (;;) {
      const token = this.peek();
      const op = token.kind === 'op' && token.value in BINARY_PRECEDENCE ? (token.value as BinaryOp) : undefined;
      if (op === undefined || BINARY_PRECEDENCE[op] < min) return left;
      this.next();
      const right = this.binary(BINARY_PRECEDENCE[op] + 1);
      const depth = 1 + Math.max(left.depth, right.depth);
      this.limit(depth, token);
      left = { node: { kind: 'binary', op, left: left.node, right: right.node, opStart: token.start, start: left.node.start, end: right.node.end }, depth };
    }
  }

  private unary(): Built {
    const token = this.peek();
    if (token.kind === 'op' && (token.value === '-' || token.value === '!')) {
      this.next();
      this.enter(token);
      const operand = this.unary();
      this.nesting--;
      return { node: { kind: 'unary', op: token.value, operand: operand.node, start: token.start, end: operand.node.end }, depth: operand.depth + 1 };
    }
    return this.primary();
  }

  private primary(): Built {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return { node: { kind: 'number', value: token.value, raw: token.raw, start: token.start, end: token.end }, depth: 1 };
      case 'string':
        return { node: { kind: 'string', value: token.value, start: token.start, end: token.end }, depth: 1 };
      case 'name':
        if (!token.quoted && this.isOp('(')) return this.call(token);
        return { node: { kind: 'column', name: token.value, quoted: token.quoted, start: token.start, end: token.end }, depth: 1 };
      case 'op':
        if (token.value === '(') return this.group(token);
        break;
      case 'end':
        break;
    }
    return this.fail('syntax', msg.expectedOperand(this.describe(token)), token.start, token.end);
  }

  private group(open: Token): Built {
    this.enter(open);
    const inner = this.conditional();
    const close = this.next();
    if (close.kind !== 'op' || close.value !== ')') this.fail('syntax', msg.expectedClose(open.start, this.describe(close)), close.start, close.end);
    this.nesting--;
    return { node: { kind: 'group', inner: inner.node, start: open.start, end: close.end }, depth: inner.depth + 1 };
  }

  private call(name: Token & { kind: 'name' }): Built {
    const open = this.next();
    this.enter(open);
    const args: Expr[] = [];
    let depth = 1;
    if (!this.isOp(')')) {
      for (;;) {
        const found = this.peek();
        if (found.kind === 'end' || (found.kind === 'op' && (found.value === ',' || found.value === ')'))) {
          this.fail('syntax', msg.expectedArgument(this.describe(found)), found.start, found.end);
        }
        const arg = this.conditional();
        args.push(arg.node);
        depth = Math.max(depth, arg.depth + 1);
        if (!this.isOp(',')) break;
        this.next();
      }
    }
    const close = this.next();
    if (close.kind !== 'op' || close.value !== ')') this.fail('syntax', msg.expectedClose(open.start, this.describe(close)), close.start, close.end);
    this.nesting--;
    return { node: { kind: 'call', name: name.value, args, nameEnd: name.end, start: name.start, end: close.end }, depth };
  }

  private enter(token: Token): void {
    this.nesting++;
    if (this.nesting > MAX_DEPTH) this.fail('too-deep', msg.tooDeep(MAX_DEPTH), token.start, token.end);
  }

  private limit(depth: number, token: Token): void {
    if (depth > MAX_DEPTH) this.fail('too-deep', msg.tooDeep(MAX_DEPTH), token.start, token.end);
  }

  private peek(): Token {
    return this.tokens[this.at];
  }

  private next(): Token {
    const token = this.tokens[this.at];
    if (token.kind !== 'end') this.at++;
    return token;
  }

  private isOp(value: string): boolean {
    const token = this.peek();
    return token.kind === 'op' && token.value === value;
  }

  private describe(token: Token): string {
    return token.kind === 'end' ? msg.endOfInput() : `"${this.source.slice(token.start, token.end)}"`;
  }

  private fail(kind: 'syntax' | 'too-deep', message: string, start: number, end: number): never {
    throw new ParseFailure(exprError(kind, message, this.source, start, end));
  }
}
