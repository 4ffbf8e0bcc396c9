import { checkViewText, type ViewData } from '../../src/view/check-view';
import type { ViewProblem } from '../../src/view/view-spec';
import { isViewName, type ViewFileText } from './read-view-files';
import { siteMessages } from './site-messages';

/** The outcome of checking one view file. */
export interface ViewFileReport {
  name: string;
  file: string;
  /** The view's title when the file is valid enough to have one. */
  title: string;
  problems: ViewProblem[];
}

/**
 * Checks every view file with the app's own check (caps, JSON, schema, unique
 * ids and, given `data`, columns and category values), plus what only makes
 * sense across files: names usable in addresses.
 */
export function checkViewFiles(files: readonly ViewFileText[], data?: ViewData): ViewFileReport[] {
  return files.map(({ name, file, text }) => {
    const checked = checkViewText(text, data);
    const problems = [...(isViewName(name) ? [] : [{ kind: 'view-problem' as const, path: '$', message: siteMessages.badViewName(file) }]), ...checked.problems];
    return { name, file, title: checked.view?.title ?? titleOf(text) ?? name, problems };
  });
}

/** The `title` of a file that parses, even if it has problems (for the view selector). */
function titleOf(text: string): string | undefined {
  try {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}
