/** A histogram path as requested: an exact path, or a pattern with wildcards. */
export interface PathPattern {
  /** As the caller wrote it, e.g. `TPC/*`. */
  text: string;
  /** True when it has a wildcard (`*`, `?`, `**`). */
  wildcard: boolean;
  matches(path: string): boolean;
}

const escape = (s: string) => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/** One segment: `*` any run of characters but `/`, `?` one such character. */
const segmentSource = (segment: string) => escape(segment).replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');

/**
 * Compiles a path pattern. Segments are separated by `/`; inside a segment
 * `*` matches any characters and `?` one character (never a `/`); a segment
 * `**` matches any number of directories, none included: `TPC/*` is what
 * `TPC` holds directly, `TPC/**` everything below it, `**\/dcaR` every
 * `dcaR` at any depth.
 */
export function toPathPattern(text: string): PathPattern {
  const segments = text.split('/').filter((s) => s !== '');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') source += last ? '.*' : '(?:[^/]+/)*';
    else source += segmentSource(segment) + (last ? '' : '/');
  });
  const regex = new RegExp(`^${source}$`);
  return { text, wildcard: /[*?]/.test(text), matches: (path) => regex.test(path) };
}
