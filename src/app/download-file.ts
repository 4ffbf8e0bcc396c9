/**
 * Offers `blob` as a file download named `name`: a temporary link to an
 * object URL (no server involved). The URL is released a minute later, when
 * the browser has long had the bytes.
 */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
