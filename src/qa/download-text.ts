/** Offers `text` as a file download named `name` (a Blob behind an object URL; no server involved). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started reading the URL by the next task; release it then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
