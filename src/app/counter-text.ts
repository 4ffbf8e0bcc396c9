/** The live counter, e.g. `120 of 600 runs selected`. */
export function counterText(selected: number, total: number): string {
  return `${selected} of ${total} runs selected`;
}

/** Progress of a download, e.g. `Loading runlens.sqlite: 1.2 of 3.4 MB`. */
export function progressText(file: string, received: number, total: number): string {
  const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
  return total > 0 ? `Loading ${file}: ${mb(received)} of ${mb(total)} MB` : `Loading ${file}: ${mb(received)} MB`;
}
