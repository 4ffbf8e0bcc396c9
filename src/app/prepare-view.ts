import type { ColumnMeta } from '../contract/data-contract';
import { capProblems, checkViewText, problemLine, type CheckedView } from '../view/check-view';
import { VIEW_LIMITS } from '../view/view-limits';
import { viewMessages } from '../view/view-messages';
import type { ViewProblem } from '../view/view-spec';

/** A view file's text checked on its own and against the data's columns (category values are checked once they are read). */
export function prepareView(text: string, columns: readonly ColumnMeta[]): CheckedView {
  return checkViewText(text, { columns });
}

/** One line per problem (`$.charts[1].x: names "…" — hint`), at most `max`, then a line counting the rest. */
export function problemLines(problems: readonly ViewProblem[], max: number = VIEW_LIMITS.maxProblems): string[] {
  const { shown, more } = capProblems(problems, max);
  return [...shown.map(problemLine), ...(more ? [viewMessages.moreProblems(more)] : [])];
}
