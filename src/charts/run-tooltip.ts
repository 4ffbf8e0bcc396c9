import { MISSING_VALUE_CLASS } from '../panel/value-text';
import { placeTooltip } from './place-tooltip';
import type { SummaryLine } from './run-summary';

/** A tooltip for one run, drawn as text lines at a point of the viewport. */
export interface RunTooltip {
  element: HTMLElement;
  /** Shows `lines` next to the viewport point (x, y) (CSS pixels), inside the viewport. */
  show(lines: readonly SummaryLine[], x: number, y: number): void;
  hide(): void;
}

/** A hidden tooltip (`div.run-tooltip`, role tooltip, fixed position) appended to `parent`. */
export function createRunTooltip(parent: HTMLElement): RunTooltip {
  const element = document.createElement('div');
  element.className = 'run-tooltip';
  element.setAttribute('role', 'tooltip');
  element.hidden = true;
  parent.append(element);
  return {
    element,
    show(lines, x, y) {
      element.replaceChildren(
        ...lines.map((line) => {
          const row = document.createElement('div');
          row.textContent = line.text;
          if (line.missing) row.className = MISSING_VALUE_CLASS;
          return row;
        }),
      );
      element.hidden = false;
      const size = { width: element.offsetWidth, height: element.offsetHeight };
      const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
      const { left, top } = placeTooltip({ x, y }, size, viewport);
      element.style.left = `${left}px`;
      element.style.top = `${top}px`;
    },
    hide() {
      element.hidden = true;
    },
  };
}
