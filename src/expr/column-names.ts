import type { Expr } from './ast';
import { parse } from './parse';

/**
 * The names an expression reads (columns and aliases; not functions), each
 * once, in order of first appearance. For read requests with types, compile
 * the expression and use `reads`; this works on text that does not type-check
 * yet (or against no catalog at all). Text that does not parse gives [].
 */
export function columnNames(expression: string | Expr): string[] {
  const ast = typeof expression === 'string' ? parse(expression) : { ok: true as const, ast: expression };
  if (!ast.ok) return [];
  const names = new Set<string>();
  const visit = (node: Expr): void => {
    switch (node.kind) {
      case 'column':
        names.add(node.name);
        return;
      case 'number':
      case 'string':
        return;
      case 'group':
        return visit(node.inner);
      case 'unary':
        return visit(node.operand);
      case 'binary':
        visit(node.left);
        return visit(node.right);
      case 'conditional':
        visit(node.test);
        visit(node.then);
        return visit(node.otherwise);
      case 'call':
        return node.args.forEach(visit);
    }
  };
  visit(ast.ast);
  return [...names];
}
