/** Message texts of the expression language (tests compare against these functions). */

const quote = (text: string) => `"${text}"`;
const didYouMean = (near: readonly string[]) => (near.length ? ` (did you mean ${near.map(quote).join(', ')}?)` : '');

export const exprMessages = {
  // tokens
  unexpectedCharacter: (ch: string) => `unexpected character ${quote(ch)}`,
  singleEquals: () => 'a single "=" is not an operator: use "==" to compare',
  singleAmpersand: () => 'a single "&" is not an operator: use "&&" for "and"',
  singleBar: () => 'a single "|" is not an operator: use "||" for "or"',
  caret: () => '"^" is not an operator: use pow(x, y) for powers',
  singleQuote: () => 'strings are written in double quotes: "LHC18b"',
  bracketOutsideName: () => 'brackets only appear inside column names, right after the branch: src.branch[2]',
  malformedNumber: (raw: string) => `malformed number ${quote(raw)}`,
  exponentDigits: (raw: string) => `the exponent of ${quote(raw)} needs digits, e.g. 1e-6`,
  unterminatedString: () => 'this string has no closing double quote',
  unterminatedName: () => 'this quoted name has no closing backtick',
  emptyName: () => 'a quoted name cannot be empty',
  badStringEscape: (seq: string) => `unknown escape ${quote(seq)} in a string: only \\" and \\\\ are escapes`,
  badNameEscape: (seq: string) => `unknown escape ${quote(seq)} in a quoted name: only \\\` and \\\\ are escapes`,
  // grammar
  empty: () => 'the expression is empty',
  expectedOperand: (found: string) => `expected a number, a column, a function call or "(", found ${found}`,
  expectedClose: (open: number, found: string) => `expected ")" to close the "(" at offset ${open}, found ${found}`,
  expectedColon: (found: string) => `expected ":" of the "?:" conditional, found ${found}`,
  expectedArgument: (found: string) => `expected an argument, found ${found}`,
  trailing: (found: string) => `expected an operator or the end, found ${found}`,
  endOfInput: () => 'the end of the expression',
  tooLong: (max: number, length: number) => `the expression is ${length} characters long; at most ${max} are read`,
  tooDeep: (max: number) => `the expression nests deeper than ${max} levels`,
  // names
  unknownColumn: (name: string, near: readonly string[]) => `unknown column ${quote(name)}${didYouMean(near)}`,
  unknownFunction: (name: string, near: readonly string[]) => `unknown function ${quote(name)}${didYouMean(near)}`,
  arity: (name: string, expected: string, got: number) => `${name}() takes ${expected}, got ${got}`,
  // types
  needsNumber: (op: string, text: string) => `${op} needs a number, but ${quote(text)} is a condition (true/false)`,
  needsCondition: (op: string, text: string) => `${op} needs a condition (true/false), but ${quote(text)} is a number: compare it, e.g. ${text} > 0`,
  textOutsideComparison: (name: string) => `${quote(name)} is a text column: compare it with a string, e.g. ${name} == "…"`,
  stringOutsideComparison: () => 'a string can only be compared (== or !=) with a text column, e.g. rct.period == "LHC18b"',
  textOrdering: (op: string) => `text can only be compared with == or !=, not ${op}`,
  numberWithString: (text: string) => `${quote(text)} is a number: compare it with a number, not a string`,
  textWithText: () => 'compare a text column with a string literal, e.g. rct.period == "LHC18b"',
  conditionEquality: (op: string) => `${op} compares numbers or text; to combine conditions use && or ||`,
  chainedComparison: () => 'comparisons do not chain: write a < b && b < c',
  branchTypes: () => 'both branches of "?:" must be numbers, or both conditions',
  notAValue: () => 'an expression must give a number or a condition, not text',
  // evaluation
  unreadColumn: (name: string) => `column ${quote(name)} was not loaded: read every column the expression lists before evaluating it`,
  unknownValue: (name: string, value: string, near: readonly string[]) =>
    `no run has ${name} == ${quote(value)}${didYouMean(near)}`,
} as const;

/** Message texts of derived variables (aliases). */
export const aliasMessages = {
  emptyName: () => 'an alias needs a name',
  duplicateName: (name: string) => `alias "${name}" is defined more than once; the first definition is used`,
  shadowsColumn: (name: string) => `alias "${name}" has the name of a data column; choose another name`,
  cycle: (path: readonly string[]) => `alias depends on itself: ${path.join(' → ')}`,
  failedDependency: (name: string) => `uses alias "${name}", which has an error`,
} as const;
