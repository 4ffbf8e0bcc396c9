import type { AppShell } from './app-shell';
import type { ProgressListener } from '../data/fetch-bytes';
import { progressText } from './counter-text';

/** What tests and tools wait on: `body[data-state]`. */
export type AppState = 'loading' | 'ready' | 'error';

export function setState(state: AppState): void {
  document.body.dataset.state = state;
}

/**
 * Shows the download of `file`: the bar and `Loading … x of y MB`. A total
 * that is not a byte count above 0 (unknown, or a bad manifest's) leaves the
 * bar indeterminate: a <progress> refuses a max that is not finite.
 */
export function showProgress(shell: AppShell, file: string, received: number, total: number): void {
  const known = Number.isFinite(total) && total > 0;
  if (known) {
    shell.progress.max = total;
    shell.progress.value = Math.min(received, total);
  } else shell.progress.removeAttribute('value');
  shell.status.textContent = progressText(file, received, known ? total : 0);
}

/** Shows `message` in the status line as an error and sets the page state to 'error'. */
export function fail(shell: AppShell, message: string): void {
  shell.status.textContent = message;
  shell.status.classList.add('error');
  setState('error');
}

/**
 * Runs `work`, showing the progress it reports (as showProgress, for `file`)
 * while it lasts; after, the bar is hidden and the status line is as before.
 */
export async function withProgress<T>(shell: AppShell, file: string, work: (onProgress: ProgressListener) => Promise<T>): Promise<T> {
  const before = shell.status.textContent;
  let shown = false;
  let done = false;
  try {
    return await work((received, total) => {
      if (done) return;
      shown = true;
      shell.progress.hidden = false;
      showProgress(shell, file, received, total);
    });
  } finally {
    done = true;
    if (shown) {
      shell.progress.hidden = true;
      shell.status.textContent = before;
    }
  }
}
