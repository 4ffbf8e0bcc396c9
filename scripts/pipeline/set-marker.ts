import { randomBytes } from 'node:crypto';

const ID = /^[0-9a-f]{32}$/;

/** A fresh random set id: 32 lower-case hex digits. */
export function newSetId(): string {
  return randomBytes(16).toString('hex');
}

/** The text of the SET_MARKER file for `id`. */
export function markerText(id: string): string {
  return `${id}\n`;
}

/** The id a marker file holds, or null when its text is not a marker's. */
export function parseMarker(text: string): string | null {
  const id = text.endsWith('\n') ? text.slice(0, -1) : text;
  return ID.test(id) ? id : null;
}
