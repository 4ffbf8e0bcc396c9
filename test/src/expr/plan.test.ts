import { describe, expect, it } from 'vitest';
import { planChildren, walkPlan, type Plan } from '../../../src/expr/plan';
import { compileFor } from './eval-fixture';

describe('plan', () => {
  it('walkPlan visits parents before children, every node once; parentheses leave no node', () => {
    const ops: string[] = [];
    walkPlan(compileFor('(flag && !(x > 1)) ? -abs(nsigma(y)) : min(x, y, 2)').plan, (p: Plan) => ops.push(p.op));
    expect(ops).toEqual(['choose', 'logic', 'condition', 'not', 'compare', 'column', 'constant', 'negate', 'math', 'band', 'column', 'math', 'column', 'column', 'constant']);
  });
  it('planChildren of inrange is x, lo, hi', () => {
    const plan = compileFor('inrange(x, 1, y)').plan;
    expect(planChildren(plan).map((p) => p.op)).toEqual(['column', 'constant', 'column']);
  });
});
