import type { ReadRequest } from '../data/typed-table';
import { BINARY_PRECEDENCE, isComparisonOp, unwrapGroups, type BinaryNode, type CallNode, type Expr } from './ast';
import { catalogNames, type ColumnCatalog } from './column-table';
import { closestNames } from './closest-names';
import { exprError, type ExprError } from './expr-error';
import { exprMessages as msg } from './expr-messages';
import { arityText, FUNCTION_NAMES, FUNCTIONS, isFunctionName, type BandFunction } from './functions';
import { parse } from './parse';
import type { LogicPlan, MathFunction, NumberPlan, Plan } from './plan';
import { printExpr } from './print-expr';

/** A checked expression: its tree, its plan, its result type and what it reads. */
export interface CompiledExpr {
  source: string;
  ast: Expr;
  plan: Plan;
  type: 'number' | 'boolean';
  /** Data columns to load before evaluating, each once, in order of first use. */
  reads: ReadRequest[];
  /** Aliases it uses directly, in order of first use. */
  aliases: string[];
  /** True when it calls nsigma/median/mean/rms (its value depends on the reference set). */
  usesReference: boolean;
}

export type CompileResult = { ok: true; compiled: CompiledExpr } | { ok: false; errors: ExprError[] };

/**
 * Parses and type-checks an expression against the names of `catalog`.
 * Returns every independent error (each unknown name, each type error), not
 * only the first; a syntax error stops at itself. Type rules: arithmetic,
 * comparisons <…>= and functions take numbers; &&, ||, ! and the test of ?:
 * take conditions; a text column appears only as `column == "string"` or
 * `!=` (either side); both branches of ?: share a type; the whole expression
 * is a number or a condition.
 */
export function compileExpr(source: string, catalog: ColumnCatalog): CompileResult {
  const parsed = parse(source);
  if (!parsed.ok) return { ok: false, errors: [parsed.error] };
  return compileAst(source, parsed.ast, catalog);
}

/** compileExpr for an already parsed tree of `source`. */
export function compileAst(source: string, ast: Expr, catalog: ColumnCatalog): CompileResult {
  const checker = new Checker(source, catalog);
  const typed = checker.check(ast);
  if (checker.errors.length > 0) return { ok: false, errors: checker.errors };
  if (typed.type === 'text' || typed.type === 'string') return { ok: false, errors: [checker.error('type', msg.notAValue(), ast)] };
  if (typed.type === 'error') throw new Error('compileAst: an error result without an error'); // programmer error
  return { ok: true, compiled: { source, ast, plan: typed.plan, type: typed.type, reads: checker.reads, aliases: checker.aliases, usesReference: checker.usesReference } };
}

type Typed =
  | { type: 'number'; plan: NumberPlan }
  | { type: 'boolean'; plan: LogicPlan }
  | { type: 'text'; name: string }
  | { type: 'string'; value: string }
  | { type: 'error' };

const ERROR: Typed = { type: 'error' };
const snippet = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

class Checker {
  readonly errors: ExprError[] = [];
  readonly reads: ReadRequest[] = [];
  readonly aliases: string[] = [];
  usesReference = false;

  constructor(private readonly source: string, private readonly catalog: ColumnCatalog) {}

  error(kind: ExprError['kind'], message: string, node: { start: number; end: number }, extra: Partial<ExprError> = {}): ExprError {
    return exprError(kind, message, this.source, node.start, node.end, extra);
  }

  private text(node: Expr): string {
    return snippet(this.source.slice(node.start, node.end));
  }

  check(node: Expr): Typed {
    switch (node.kind) {
      case 'number':
        return { type: 'number', plan: { type: 'number', op: 'constant', value: node.value, node } };
      case 'string':
        return { type: 'string', value: node.value };
      case 'group':
        return this.check(node.inner);
      case 'column':
        return this.column(node.name, node);
      case 'unary':
        return this.unary(node.op, this.check(node.operand), node);
      case 'binary':
        return this.binary(node);
      case 'conditional':
        return this.conditional(node.test, node.then, node.otherwise, node);
      case 'call':
        return this.call(node);
    }
  }

  private column(name: string, node: Expr): Typed {
    const alias = this.catalog.aliases?.get(name);
    if (alias !== undefined) {
      if (!this.aliases.includes(name)) this.aliases.push(name);
      return alias === 'number'
        ? { type: 'number', plan: { type: 'number', op: 'column', name, node } }
        : { type: 'boolean', plan: { type: 'boolean', op: 'condition', name, node } };
    }
    const type = this.catalog.columns.get(name);
    if (type === undefined) {
      const near = closestNames(name, catalogNames(this.catalog));
      this.errors.push(this.error('unknown-column', msg.unknownColumn(name, near), node, { suggestions: near }));
      return ERROR;
    }
    const readAs = type === 'text' ? 'categorical' : 'numeric';
    if (!this.reads.some((r) => r.name === name && r.readAs === readAs)) this.reads.push({ name, readAs });
    return type === 'text' ? { type: 'text', name } : { type: 'number', plan: { type: 'number', op: 'column', name, node } };
  }

  private unary(op: '-' | '!', operand: Typed, node: Expr & { kind: 'unary' }): Typed {
    if (op === '-') {
      const arg = this.number(operand, node.operand, '"-"');
      return arg ? { type: 'number', plan: { type: 'number', op: 'negate', arg, node } } : ERROR;
    }
    const arg = this.condition(operand, node.operand, '"!"');
    return arg ? { type: 'boolean', plan: { type: 'boolean', op: 'not', arg, node } } : ERROR;
  }

  private binary(node: BinaryNode): Typed {
    const { op } = node;
    if (isComparisonOp(op)) {
      for (const side of [node.left, node.right]) {
        const chained = side.kind === 'binary' && isComparisonOp(side.op) && BINARY_PRECEDENCE[side.op] === BINARY_PRECEDENCE[op];
        if (chained) {
          this.errors.push(this.error('type', msg.chainedComparison(), { start: node.start, end: node.end }));
          return ERROR;
        }
      }
    }
    const left = this.check(node.left);
    const right = this.check(node.right);
    if (op === '&&' || op === '||') {
      const l = this.condition(left, node.left, `"${op}"`);
      const r = this.condition(right, node.right, `"${op}"`);
      return l && r ? { type: 'boolean', plan: { type: 'boolean', op: 'logic', fn: op, left: l, right: r, node } } : ERROR;
    }
    if (isComparisonOp(op)) return this.comparison(node, left, right);
    const l = this.number(left, node.left, `"${op}"`);
    const r = this.number(right, node.right, `"${op}"`);
    return l && r ? { type: 'number', plan: { type: 'number', op: 'arithmetic', fn: op, left: l, right: r, node } } : ERROR;
  }

  private comparison(node: BinaryNode, left: Typed, right: Typed): Typed {
    const op = node.op as '<' | '<=' | '>' | '>=' | '==' | '!=';
    if (left.type === 'error' || right.type === 'error') return ERROR;
    const textual = [left, right].some((t) => t.type === 'text' || t.type === 'string');
    if (textual) return this.textComparison(node, op, left, right);
    if ((op === '==' || op === '!=') && (left.type === 'boolean' || right.type === 'boolean')) {
      this.errors.push(this.error('type', msg.conditionEquality(`"${op}"`), { start: node.start, end: node.end }));
      return ERROR;
    }
    const l = this.number(left, node.left, `"${op}"`);
    const r = this.number(right, node.right, `"${op}"`);
    return l && r ? { type: 'boolean', plan: { type: 'boolean', op: 'compare', fn: op, left: l, right: r, node } } : ERROR;
  }

  private textComparison(node: BinaryNode, op: string, left: Typed, right: Typed): Typed {
    const fail = (message: string, at: { start: number; end: number }) => {
      this.errors.push(this.error('type', message, at));
      return ERROR;
    };
    if (op !== '==' && op !== '!=') return fail(msg.textOrdering(`"${op}"`), node);
    const pairs: [Typed, Typed, Expr][] = [[left, right, node.right], [right, left, node.left]];
    for (const [a, b, bNode] of pairs) {
      if (a.type !== 'text') continue;
      if (b.type === 'string') return { type: 'boolean', plan: { type: 'boolean', op: 'text-equals', column: a.name, value: b.value, negate: op === '!=', node } };
      if (b.type === 'text') return fail(msg.textWithText(), node);
      if (b.type === 'number') return fail(msg.textOutsideComparison(a.name), a === left ? node.left : node.right);
      return fail(msg.conditionEquality(`"${op}"`), bNode);
    }
    // a string with no text column on the other side
    const [s, other, otherNode] = left.type === 'string' ? [node.left, right, node.right] : [node.right, left, node.left];
    if (other.type === 'number') return fail(msg.numberWithString(this.text(otherNode)), otherNode);
    return fail(msg.stringOutsideComparison(), s);
  }

  private conditional(testNode: Expr, thenNode: Expr, otherwiseNode: Expr, node: Expr): Typed {
    const test = this.condition(this.check(testNode), testNode, '"?:"');
    const then = this.check(thenNode);
    const otherwise = this.check(otherwiseNode);
    if (!test) return ERROR;
    if (then.type === 'number' && otherwise.type === 'number') {
      return { type: 'number', plan: { type: 'number', op: 'choose', test, then: then.plan, otherwise: otherwise.plan, node } };
    }
    if (then.type === 'boolean' && otherwise.type === 'boolean') {
      return { type: 'boolean', plan: { type: 'boolean', op: 'choose', test, then: then.plan, otherwise: otherwise.plan, node } };
    }
    if (then.type === 'error' || otherwise.type === 'error') return ERROR;
    for (const [t, n] of [[then, thenNode], [otherwise, otherwiseNode]] as const) {
      if (t.type === 'text') return this.push(this.error('type', msg.textOutsideComparison(t.name), n));
      if (t.type === 'string') return this.push(this.error('type', msg.stringOutsideComparison(), n));
    }
    return this.push(this.error('type', msg.branchTypes(), { start: thenNode.start, end: otherwiseNode.end }));
  }

  private call(node: CallNode): Typed {
    const { name } = node;
    const nameSpan = { start: node.start, end: node.nameEnd };
    if (!isFunctionName(name)) {
      node.args.forEach((arg) => this.check(arg));
      const near = closestNames(name, FUNCTION_NAMES);
      return this.push(this.error('unknown-function', msg.unknownFunction(name, near), nameSpan, { suggestions: near }));
    }
    const spec = FUNCTIONS[name];
    const typed = node.args.map((arg) => this.check(arg));
    if (node.args.length < spec.min || node.args.length > spec.max) {
      return this.push(this.error('arity', msg.arity(name, arityText(spec), node.args.length), node));
    }
    const args = typed.map((t, i) => this.number(t, node.args[i], `${name}()`));
    if (args.some((a) => a === undefined)) return ERROR;
    const nums = args as NumberPlan[];
    switch (name) {
      case 'isnan':
        return { type: 'boolean', plan: { type: 'boolean', op: 'isnan', arg: nums[0], node } };
      case 'inrange':
        return { type: 'boolean', plan: { type: 'boolean', op: 'inrange', x: nums[0], lo: nums[1], hi: nums[2], node } };
      case 'nsigma':
      case 'median':
      case 'mean':
      case 'rms':
        this.usesReference = true;
        return { type: 'number', plan: { type: 'number', op: 'band', fn: name as BandFunction, arg: nums[0], key: printExpr(unwrapGroups(node.args[0])), node } };
      default:
        return { type: 'number', plan: { type: 'number', op: 'math', fn: name as MathFunction, args: nums, node } };
    }
  }

  private push(error: ExprError): Typed {
    this.errors.push(error);
    return ERROR;
  }

  /** The operand as a number plan, or an error pushed (none when the operand already failed). */
  private number(t: Typed, node: Expr, op: string): NumberPlan | undefined {
    if (t.type === 'number') return t.plan;
    if (t.type === 'boolean') this.errors.push(this.error('type', msg.needsNumber(op, this.text(node)), node));
    if (t.type === 'text') this.errors.push(this.error('type', msg.textOutsideComparison(t.name), node));
    if (t.type === 'string') this.errors.push(this.error('type', msg.stringOutsideComparison(), node));
    return undefined;
  }

  private condition(t: Typed, node: Expr, op: string): LogicPlan | undefined {
    if (t.type === 'boolean') return t.plan;
    if (t.type === 'number') this.errors.push(this.error('type', msg.needsCondition(op, this.text(node)), node));
    if (t.type === 'text') this.errors.push(this.error('type', msg.textOutsideComparison(t.name), node));
    if (t.type === 'string') this.errors.push(this.error('type', msg.stringOutsideComparison(), node));
    return undefined;
  }
}
