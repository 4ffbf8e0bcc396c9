import type { TrendAxisMode } from '../state/ui-store';

/** Text of each trend axis mode in the chart's header. */
export const AXIS_MODE_TEXT: Readonly<Record<TrendAxisMode, string>> = { run: 'run number', ordinal: 'run order', time: 'time' };

/**
 * A small select in a chart's header (before its filter note) offering
 * `modes`, showing `current`; `onChange` receives the mode the reader picks.
 */
export function createAxisModeSelect(filterNote: HTMLElement, label: string, modes: readonly TrendAxisMode[], current: TrendAxisMode, onChange: (mode: TrendAxisMode) => void): HTMLSelectElement {
  const select = document.createElement('select');
  select.className = 'axis-mode';
  select.setAttribute('aria-label', label);
  for (const mode of modes) {
    const option = document.createElement('option');
    option.value = mode;
    option.textContent = AXIS_MODE_TEXT[mode];
    select.append(option);
  }
  select.value = current;
  select.addEventListener('change', () => onChange(select.value as TrendAxisMode));
  filterNote.before(select);
  return select;
}
