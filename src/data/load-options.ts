import { loadMessages } from './load-messages';

/** A download that receives no byte for this long is given up, unless the page says otherwise. */
export const DEFAULT_STALL_SECONDS = 30;

/** How the data files are fetched. */
export interface LoadOptions {
  /** No byte for this long and a download is given up as stalled. */
  stallMs: number;
}

/**
 * Options from the page's query string: `?stallTimeout=<seconds>` (a number
 * above 0; default DEFAULT_STALL_SECONDS) sets how long a download may go
 * without a byte, e.g. longer on a slow link, or short in a test. An invalid
 * value gives the default and a notice to show.
 */
export function loadOptionsFrom(search: string): { options: LoadOptions; notice?: string } {
  const given = new URLSearchParams(search).get('stallTimeout');
  const seconds = Number(given);
  if (given === null) return { options: { stallMs: DEFAULT_STALL_SECONDS * 1000 } };
  if (given.trim() !== '' && Number.isFinite(seconds) && seconds > 0) return { options: { stallMs: seconds * 1000 } };
  return { options: { stallMs: DEFAULT_STALL_SECONDS * 1000 }, notice: loadMessages.badStallTimeout(given, DEFAULT_STALL_SECONDS) };
}
