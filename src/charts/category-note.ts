import type { CategoryValue } from '../data/typed-table';
import { categoryText, MISSING_CLASS } from './chart-texts';
import { visibleText } from './visible-text';

/**
 * Writes `categories` into a chart's filter note: each category made visible
 * (visibleText) in its own <bdi>, so right-to-left text does not reorder its
 * neighbours, comma-separated, a missing one as a styled marker; the whole
 * list is also the note's title (the note itself is cut with an ellipsis).
 */
export function showCategories(note: HTMLElement, categories: readonly CategoryValue[]): void {
  const parts = categories.flatMap((category, index) => {
    const separator = index > 0 ? [', '] : [];
    const part = document.createElement(category === null ? 'span' : 'bdi');
    if (category === null) part.className = MISSING_CLASS;
    part.textContent = category === null ? categoryText(null) : visibleText(category);
    return [...separator, part];
  });
  note.replaceChildren(...parts);
  note.title = categories.map((category) => visibleText(categoryText(category))).join(', ');
}
