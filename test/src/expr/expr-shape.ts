import type { Expr } from '../../../src/expr/ast';
import { parse } from '../../../src/expr/parse';

/** A tree as an S-expression, parentheses of the source shown as (group …): `(+ a (* b c))`. Test helper. */
export function shape(node: Expr): string {
  switch (node.kind) {
    case 'number':
      return node.raw;
    case 'string':
      return JSON.stringify(node.value);
    case 'column':
      return node.quoted ? `\`${node.name}\`` : node.name;
    case 'group':
      return `(group ${shape(node.inner)})`;
    case 'unary':
      return `(${node.op} ${shape(node.operand)})`;
    case 'binary':
      return `(${node.op} ${shape(node.left)} ${shape(node.right)})`;
    case 'conditional':
      return `(? ${shape(node.test)} ${shape(node.then)} ${shape(node.otherwise)})`;
    case 'call':
      return `(${node.name}() ${node.args.map(shape).join(' ')})`.replace(/ \)$/, ')');
  }
}

/** The shape of a source that must parse. */
export function shapeOf(source: string): string {
  const result = parse(source);
  if (!result.ok) throw new Error(`did not parse ${JSON.stringify(source)}: ${result.error.message}`);
  return shape(result.ast);
}

/** The tree without offsets, to compare trees of different texts. */
export function withoutOffsets(node: Expr): unknown {
  return JSON.parse(JSON.stringify(node, (key, value) => (key === 'start' || key === 'end' || key === 'opStart' || key === 'nameEnd' ? undefined : value)));
}
