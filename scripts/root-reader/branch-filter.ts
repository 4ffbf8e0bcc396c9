/** Which branches to read: names or simple globs (`*` any run of characters, `?` one). */
export interface BranchFilter {
  include?: string[];
  exclude?: string[];
}

/** True when `name` matches the glob `pattern` as a whole. */
export function matchesGlob(name: string, pattern: string): boolean {
  let source = '^';
  for (const char of pattern) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`${source}$`, 'u').test(name);
}

/**
 * Keeps a branch when it matches some `include` pattern (all branches when
 * `include` is absent) and no `exclude` pattern.
 */
export function isBranchSelected(name: string, filter: BranchFilter): boolean {
  const included = filter.include === undefined || filter.include.some((p) => matchesGlob(name, p));
  const excluded = (filter.exclude ?? []).some((p) => matchesGlob(name, p));
  return included && !excluded;
}
