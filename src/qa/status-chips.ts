import { groupDigits } from '../text/group-digits';
import { STATUSES, type Status } from '../flags/flag-rule';
import type { FilterStore, StatusName } from '../state/filter-store';
import { STATUS_ID } from './status-participant';

/** Texts of the chips (tests compare against these). */
export const chipTexts = {
  label: 'Run status',
  chip: (status: Status, count: number) => `${status} ${groupDigits(count)}`,
  title: (status: Status) => `Show only ${status} runs (click again to show all); counts are of the runs passing the other filters`,
} as const;

export interface StatusChips {
  root: HTMLElement;
  /** Shows `counts` (runs per status code passing the other filters) and which chips the store's clause holds. */
  redraw(counts: Uint32Array): void;
}

/**
 * One toggle button per status with its count; pressing one sets the status
 * clause to that status (pressing it again clears it; with Shift or Ctrl it
 * is added to or removed from the clause's statuses).
 */
export function createStatusChips(parent: HTMLElement, store: FilterStore): StatusChips {
  const root = document.createElement('div');
  root.className = 'status-chips';
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', chipTexts.label);
  const buttons = STATUSES.map((status) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `status-chip status-${status}`;
    button.dataset.status = status;
    button.title = chipTexts.title(status);
    button.addEventListener('click', (event) => {
      const values = toggledStatuses(selectedStatuses(store), status, event.shiftKey || event.ctrlKey || event.metaKey);
      if (values.length) store.set({ chart: STATUS_ID, kind: 'status', values });
      else store.clear(STATUS_ID);
    });
    return button;
  });
  root.append(...buttons);
  parent.append(root);
  return {
    root,
    redraw(counts) {
      const selected = selectedStatuses(store);
      buttons.forEach((button, code) => {
        button.textContent = chipTexts.chip(STATUSES[code], counts[code]);
        button.setAttribute('aria-pressed', String(selected.includes(STATUSES[code])));
      });
    },
  };
}

function selectedStatuses(store: FilterStore): StatusName[] {
  const clause = store.get(STATUS_ID);
  return clause?.kind === 'status' ? clause.values : [];
}

/**
 * The status clause after pressing `status`: alone, it replaces the selection
 * (or clears it when it was the only one); `add` toggles it within the
 * selection. Empty: no clause (show every status).
 */
export function toggledStatuses(selected: readonly StatusName[], status: StatusName, add: boolean): StatusName[] {
  if (!add) return selected.length === 1 && selected[0] === status ? [] : [status];
  const next = selected.includes(status) ? selected.filter((s) => s !== status) : [...selected, status];
  return STATUSES.filter((s) => next.includes(s));
}

