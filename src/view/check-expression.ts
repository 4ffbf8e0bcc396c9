import type { ColumnMeta } from '../contract/data-contract';
import { catalogFromColumns } from '../expr/column-table';
import { compileExpr } from '../expr/compile-expr';
import { caretLine, type ExprError } from '../expr/expr-error';
import { parse } from '../expr/parse';
import { toJsonPath, type PathSegment } from './json-path';
import { viewHints, viewMessages } from './view-messages';
import type { ViewProblem } from './view-spec';

/**
 * The problems of one expression a view holds at `at` (src/expr/): with the
 * data's columns, every error compileExpr finds (syntax, unknown column with
 * the closest names, unknown function, arity, type); without them, the syntax
 * only. Each problem's message carries the position and a caret line.
 */
export function checkExpression(source: string, at: readonly PathSegment[], columns?: readonly ColumnMeta[]): ViewProblem[] {
  const errors: ExprError[] = columns ? compileErrors(source, columns) : parseErrors(source);
  return errors.map((error) => ({
    kind: 'view-problem',
    path: toJsonPath(at),
    message: viewMessages.badExpression(error.message, error.start + 1, caretLine(error)),
    ...(error.suggestions?.length ? { hint: viewHints.didYouMean(error.suggestions) } : {}),
  }));
}

function compileErrors(source: string, columns: readonly ColumnMeta[]): ExprError[] {
  const result = compileExpr(source, catalogFromColumns(columns));
  return result.ok ? [] : result.errors;
}

function parseErrors(source: string): ExprError[] {
  const result = parse(source);
  return result.ok ? [] : [result.error];
}
