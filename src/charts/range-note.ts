import type { PlaceCounts } from './robust-domain';

/**
 * The footer line counting values a chart does not draw at their place:
 * `3 runs above the range, 1 below`, `2 runs not shown (≤ 0 on a log
 * scale)`; '' when every value is inside. `axis` prefixes it (`x: …`) on a
 * chart with two value axes.
 */
export function rangeNoteText({ above, below, notShown }: PlaceCounts, axis = ''): string {
  const parts: string[] = [];
  const runs = (n: number) => `${n} run${n === 1 ? '' : 's'}`;
  if (above) parts.push(`${runs(above)} above the range`);
  if (below) parts.push(parts.length ? `${below} below` : `${runs(below)} below the range`);
  if (notShown) parts.push(parts.length ? `${notShown} not shown (≤ 0 on a log scale)` : `${runs(notShown)} not shown (≤ 0 on a log scale)`);
  const text = parts.join(', ');
  return text && axis ? `${axis}: ${text}` : text;
}

/** The footer span holding a chart's range note, made on first use (the footer may hold other notes). */
export function rangeNote(footer: HTMLElement): HTMLElement {
  const found = footer.querySelector<HTMLElement>('.range-note');
  if (found) return found;
  const note = document.createElement('span');
  note.className = 'range-note';
  footer.append(note);
  return note;
}

/** Shows the counts as text and as data attributes on the card (`data-above`, `data-below`, `data-not-shown`). */
export function showPlaceCounts(root: HTMLElement, note: HTMLElement, counts: PlaceCounts, text: string): void {
  root.dataset.above = String(counts.above);
  root.dataset.below = String(counts.below);
  root.dataset.notShown = String(counts.notShown);
  note.textContent = text;
}
