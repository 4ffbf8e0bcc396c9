import type { FilterStore } from '../state/filter-store';
import { encodeLink, LINK_PARAMS, type LinkState } from '../state/permalink-codec';
import { DEFAULT_UI_STATE, type UiStore } from '../state/ui-store';
import { createHistoryCoalescer } from './history-coalescer';

/** Keeps the address a permalink of what the page shows. */
export interface LinkFollower {
  /** Runs `apply` (a view switch, a restore from history) without writing history; nested calls are fine. */
  quietly<T>(apply: () => Promise<T>): Promise<T>;
  /** Opens a new history entry for view `name` as it opens (its own filters, default settings): a view switch. */
  pushView(name: string): void;
  /** Settles the open entry (after back/forward). */
  settle(): void;
  /**
   * Replaces the address of the current entry with the state now shown,
   * without a new entry: after a link that lost parts, the address holds
   * only what was applied.
   */
  rewrite(): void;
}

/**
 * Writes every change of the filter store or the UI store into the address:
 * the first change after a quiet spell pushes a history entry, the rest of
 * a drag replace it (history-coalescer). A pointer held down on `surface`
 * keeps the entry open, and what changes meanwhile is written when it is
 * released. `current` is undefined while no view is shown;
 * `onWrite` runs whenever the address changed (a copied link is now old).
 */
export function followLinkState(
  stores: { store: FilterStore; ui: UiStore },
  current: () => LinkState | undefined,
  surface: HTMLElement,
  onWrite: () => void = () => undefined,
): LinkFollower {
  const coalescer = createHistoryCoalescer();
  let quiet = 0;
  const write = (action: 'push' | 'replace') => {
    const state = current();
    if (!state) return;
    const href = linkHref(location.href, state);
    if (href === location.href) return;
    if (action === 'push') history.pushState(null, '', href);
    else history.replaceState(null, '', href);
    onWrite();
  };
  // While a pointer is held the address is written once, on release: a drag
  // changes the store in every frame, and encoding the link and replacing the
  // entry each time took ~2 ms of the frame (browsers also throttle
  // replaceState calls that come that fast).
  let held = false;
  let pending: 'push' | 'replace' | undefined;
  const onChange = () => {
    if (quiet !== 0) return;
    const action = coalescer.note();
    if (held) pending ??= action;
    else write(action);
  };
  const release = () => {
    held = false;
    const action = pending;
    pending = undefined;
    if (action) write(action);
    coalescer.hold(false);
  };
  stores.store.subscribe(onChange);
  stores.ui.subscribe(onChange);
  surface.addEventListener('pointerdown', () => {
    held = true;
    coalescer.hold(true);
  });
  for (const type of ['pointerup', 'pointercancel'] as const) window.addEventListener(type, release);
  return {
    async quietly(apply) {
      quiet++;
      try {
        return await apply();
      } finally {
        quiet--;
        coalescer.settle();
      }
    },
    pushView(name) {
      coalescer.settle();
      history.pushState(null, '', linkHref(location.href, { view: name, clauses: [], ui: DEFAULT_UI_STATE, initialClauses: [] }));
      onWrite();
    },
    settle: () => coalescer.settle(),
    rewrite: () => write('replace'),
  };
}

/** `href` with the permalink's parameters for `state` first, the other parameters (e.g. stallTimeout) kept after them. */
export function linkHref(href: string, state: LinkState): string {
  const url = new URL(href);
  const others = new URLSearchParams(url.search);
  for (const name of Object.values(LINK_PARAMS)) others.delete(name);
  const rest = others.toString();
  const query = encodeLink(state).map(([name, value]) => `${name}=${value}`).join('&');
  url.search = `?${query}${rest ? `&${rest}` : ''}`;
  return url.href;
}
