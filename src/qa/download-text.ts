import { downloadBlob } from '../app/download-file';

/** Offers `text` as a file download named `name`, of MIME type `type`. */
export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}
