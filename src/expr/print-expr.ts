import { BINARY_PRECEDENCE, type Expr } from './ast';

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*$/;

/** Binding strength of a node as an operand: atoms 9, unary 8, binary by operator, ?: 0. */
function strength(node: Expr): number {
  switch (node.kind) {
    case 'conditional':
      return 0;
    case 'binary':
      return BINARY_PRECEDENCE[node.op];
    case 'unary':
      return 8;
    default:
      return 9;
  }
}

const wrap = (text: string, needed: boolean) => (needed ? `(${text})` : text);

/**
 * Canonical text of an expression: single spaces around binary operators,
 * the user's parentheses (group nodes) kept and any others needed added, so
 * parsing the text gives the same tree back. Used for cache keys and labels.
 */
export function printExpr(node: Expr): string {
  switch (node.kind) {
    case 'number':
      return node.raw;
    case 'string':
      return `"${node.value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
    case 'column':
      return printName(node.name, node.quoted);
    case 'group':
      return `(${printExpr(node.inner)})`;
    case 'unary':
      return `${node.op}${wrap(printExpr(node.operand), strength(node.operand) < 8)}`;
    case 'binary': {
      const p = BINARY_PRECEDENCE[node.op];
      return `${wrap(printExpr(node.left), strength(node.left) < p)} ${node.op} ${wrap(printExpr(node.right), strength(node.right) <= p)}`;
    }
    case 'conditional':
      return `${wrap(printExpr(node.test), strength(node.test) === 0)} ? ${printExpr(node.then)} : ${printExpr(node.otherwise)}`;
    case 'call':
      return `${node.name}(${node.args.map(printExpr).join(', ')})`;
  }
}

/** A column name as the language reads it: plain when it can be, else in backticks with \` and \\ escaped. */
export function printName(name: string, quoted = false): string {
  if (!quoted && PLAIN_NAME.test(name)) return name;
  return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
}
