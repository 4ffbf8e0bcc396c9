import { appMessages } from './app-messages';
import type { AppShell } from './app-shell';

/**
 * "Copy link": the page's address (the permalink, kept current by
 * follow-link-state) goes to the clipboard. Where the clipboard refuses
 * (no permission, an old browser), the link is shown in a text field,
 * selected, for the user to copy by hand.
 */
export function wireCopyLink(shell: Pick<AppShell, 'copyLink' | 'linkField' | 'linkNote'>, href: () => string): void {
  shell.copyLink.addEventListener('click', () => {
    const link = href();
    shell.linkField.value = link;
    const clipboard = navigator.clipboard as Clipboard | undefined;
    const written = clipboard ? clipboard.writeText(link) : Promise.reject(new Error('no clipboard'));
    written.then(
      () => {
        shell.linkField.hidden = true;
        shell.linkNote.textContent = appMessages.linkCopied();
      },
      () => {
        shell.linkField.hidden = false;
        shell.linkField.focus();
        shell.linkField.select();
        shell.linkNote.textContent = appMessages.copyLinkByHand();
      },
    );
  });
}

/** Takes back what the last copy showed (the note, the fallback field): the address has changed since. */
export function forgetCopiedLink(shell: Pick<AppShell, 'linkField' | 'linkNote'>): void {
  shell.linkField.hidden = true;
  shell.linkField.value = '';
  shell.linkNote.textContent = '';
}
