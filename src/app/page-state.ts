import type { AppShell } from './app-shell';

/** What tests and tools wait on: `body[data-state]`. */
export type AppState = 'loading' | 'ready' | 'error';

export function setState(state: AppState): void {
  document.body.dataset.state = state;
}

/** Shows `message` in the status line as an error and sets the page state to 'error'. */
export function fail(shell: AppShell, message: string): void {
  shell.status.textContent = message;
  shell.status.classList.add('error');
  setState('error');
}
