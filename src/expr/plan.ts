import type { ArithmeticOp, CallNode, ComparisonOp, Expr, LogicalOp } from './ast';
import type { BandFunction } from './functions';

/**
 * A type-checked expression, ready to evaluate: one node per operation with
 * its result type ('number' → Float64Array, 'boolean' → logic codes), each
 * pointing back at its syntax node for quoting. Parentheses are gone.
 */
export type Plan = NumberPlan | LogicPlan;

export type MathFunction = 'abs' | 'sqrt' | 'log' | 'exp' | 'pow' | 'min' | 'max';

export type NumberPlan =
  | { type: 'number'; op: 'constant'; value: number; node: Expr }
  /** A numeric data column or a numeric alias. */
  | { type: 'number'; op: 'column'; name: string; node: Expr }
  | { type: 'number'; op: 'negate'; arg: NumberPlan; node: Expr }
  | { type: 'number'; op: 'arithmetic'; fn: ArithmeticOp; left: NumberPlan; right: NumberPlan; node: Expr }
  | { type: 'number'; op: 'math'; fn: MathFunction; args: NumberPlan[]; node: CallNode }
  /** nsigma/median/mean/rms of `arg` over the reference set; `key` is the argument's canonical text. */
  | { type: 'number'; op: 'band'; fn: BandFunction; arg: NumberPlan; key: string; node: CallNode }
  | { type: 'number'; op: 'choose'; test: LogicPlan; then: NumberPlan; otherwise: NumberPlan; node: Expr };

export type LogicPlan =
  /** A boolean alias. */
  | { type: 'boolean'; op: 'condition'; name: string; node: Expr }
  | { type: 'boolean'; op: 'not'; arg: LogicPlan; node: Expr }
  | { type: 'boolean'; op: 'logic'; fn: LogicalOp; left: LogicPlan; right: LogicPlan; node: Expr }
  | { type: 'boolean'; op: 'compare'; fn: ComparisonOp; left: NumberPlan; right: NumberPlan; node: Expr }
  /** `column == "value"` (or != with `negate`) on a text column. */
  | { type: 'boolean'; op: 'text-equals'; column: string; value: string; negate: boolean; node: Expr }
  | { type: 'boolean'; op: 'isnan'; arg: NumberPlan; node: CallNode }
  | { type: 'boolean'; op: 'inrange'; x: NumberPlan; lo: NumberPlan; hi: NumberPlan; node: CallNode }
  | { type: 'boolean'; op: 'choose'; test: LogicPlan; then: LogicPlan; otherwise: LogicPlan; node: Expr };

/** The direct operands of a plan node, in order. */
export function planChildren(plan: Plan): Plan[] {
  switch (plan.op) {
    case 'constant':
    case 'column':
    case 'condition':
    case 'text-equals':
      return [];
    case 'negate':
    case 'not':
    case 'band':
    case 'isnan':
      return [plan.arg];
    case 'arithmetic':
    case 'logic':
    case 'compare':
      return [plan.left, plan.right];
    case 'math':
      return plan.args;
    case 'inrange':
      return [plan.x, plan.lo, plan.hi];
    case 'choose':
      return [plan.test, plan.then, plan.otherwise];
  }
}

/** Visits a plan and every node below it, parents first. */
export function walkPlan(plan: Plan, visit: (p: Plan) => void): void {
  visit(plan);
  for (const child of planChildren(plan)) walkPlan(child, visit);
}
