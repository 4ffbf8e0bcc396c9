/** Every message the writer's spec validation produces, one function each. */

const where = (tree: string, branch?: string): string =>
  branch === undefined ? `tree "${tree}"` : `branch "${branch}" of tree "${tree}"`;

export const specMessages = {
  badName: (kind: string, name: string) =>
    `${kind} name "${name}" is not valid: use letters, digits and _ (not starting with a digit), at most 200 characters`,
  duplicateTree: (tree: string) => `tree "${tree}" appears twice: give each tree a unique name`,
  duplicateBranch: (tree: string, branch: string) =>
    `${where(tree, branch)} appears twice: give each branch a unique name`,
  badEntries: (tree: string, entries: unknown) =>
    `${where(tree)} has entries = ${String(entries)}: use a non-negative integer`,
  badType: (tree: string, branch: string, type: string, allowed: readonly string[]) =>
    `${where(tree, branch)} has type "${type}": use one of ${allowed.join(', ')}`,
  badShape: (tree: string, branch: string, shape: unknown) =>
    `${where(tree, branch)} has shape ${JSON.stringify(shape)}: use a non-empty list of positive integers, or omit it for a scalar`,
  badBasketLayout: (tree: string, branch: string, layout: unknown, allowed: readonly string[]) =>
    `${where(tree, branch)} has baskets = ${JSON.stringify(layout)}: use one of ${allowed.join(', ')}`,
  badLength: (tree: string, branch: string, actual: number, expected: number) =>
    `${where(tree, branch)} has ${actual} values: expected entries × product(shape) = ${expected}`,
  badValue: (tree: string, branch: string, index: number, value: unknown, type: string) =>
    `${where(tree, branch)} value [${index}] = ${String(value)} is not a valid ${type}: check its type and range`,
  notLatin1: (what: string, text: string) =>
    `${what} "${text}" has characters outside Latin-1: ROOT strings are bytes, use ASCII`,
  badOption: (option: string, value: unknown, expected: string) =>
    `option ${option} = ${JSON.stringify(value)} is not valid: ${expected}`,
  noTrees: () => 'no trees given: a ROOT file needs at least one object in its top directory',
  tooLarge: (bytes: number) =>
    `the file would be ${bytes} bytes: this writer only produces files below ROOT's 2 000 000 000-byte small-file limit`,
} as const;
