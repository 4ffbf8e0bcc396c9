/**
 * The expression language's syntax tree. Every node carries the offsets of
 * its text in the source, [start, end) in UTF-16 code units, so errors and the
 * alarm decomposition can quote the user's own text.
 */

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';
export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type LogicalOp = '&&' | '||';
export type BinaryOp = ArithmeticOp | ComparisonOp | LogicalOp;
export type UnaryOp = '-' | '!';

interface Span {
  start: number;
  end: number;
}

/** A number literal: `42`, `1.5`, `.5`, `1e-6` (`raw` as written). */
export interface NumberNode extends Span {
  kind: 'number';
  value: number;
  raw: string;
}

/** A string literal, `"LHC18b"`, with escapes resolved. */
export interface StringNode extends Span {
  kind: 'string';
  value: string;
}

/** A column or alias name: `tpc.meanMIP`, `tpc.dcar[2]`, or a backtick-quoted name (`quoted`). */
export interface ColumnNode extends Span {
  kind: 'column';
  name: string;
  quoted: boolean;
}

export interface UnaryNode extends Span {
  kind: 'unary';
  op: UnaryOp;
  operand: Expr;
}

export interface BinaryNode extends Span {
  kind: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  /** Offset of the operator. */
  opStart: number;
}

/** `test ? then : otherwise`. */
export interface ConditionalNode extends Span {
  kind: 'conditional';
  test: Expr;
  then: Expr;
  otherwise: Expr;
}

/** `name(arg, …)`; `nameEnd` ends the function name. */
export interface CallNode extends Span {
  kind: 'call';
  name: string;
  args: Expr[];
  nameEnd: number;
}

/** Parentheses as written: kept so printing and quoting reproduce the user's grouping. */
export interface GroupNode extends Span {
  kind: 'group';
  inner: Expr;
}

export type Expr = NumberNode | StringNode | ColumnNode | UnaryNode | BinaryNode | ConditionalNode | CallNode | GroupNode;

/** Binding strength of each binary operator (higher binds tighter); all are left-associative. */
export const BINARY_PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '/': 6,
  '%': 6,
};

export const COMPARISON_OPS: readonly ComparisonOp[] = ['<', '<=', '>', '>=', '==', '!='];

export function isComparisonOp(op: BinaryOp): op is ComparisonOp {
  return (COMPARISON_OPS as readonly string[]).includes(op);
}

export function isLogicalOp(op: BinaryOp): op is LogicalOp {
  return op === '&&' || op === '||';
}

/** The node inside any number of parentheses. */
export function unwrapGroups(node: Expr): Expr {
  let inner = node;
  while (inner.kind === 'group') inner = inner.inner;
  return inner;
}
