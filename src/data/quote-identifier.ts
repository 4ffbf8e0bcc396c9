/** SQL identifier in double quotes, so names such as `tpc.dcar[0]` can be used as written. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
