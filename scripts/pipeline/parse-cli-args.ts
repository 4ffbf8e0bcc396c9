import { parseOptions } from '../cli/parse-args';

/** Options of `build-data`: the sources file and an optional output override. */
export interface CliArgs {
  sources: string;
  out: string | null;
}

export const DEFAULT_SOURCES_FILE = 'data/sources.json';

/** Parses `[--sources FILE] [--out DIR]` (also `--name=value`); returns the bad argument on error. */
export function parseCliArgs(argv: readonly string[]): { ok: true; args: CliArgs } | { ok: false; bad: string } {
  const parsed = parseOptions(argv, ['--sources', '--out']);
  if (parsed.kind !== 'ok') return { ok: false, bad: parsed.arg };
  return { ok: true, args: { sources: parsed.values.get('--sources') ?? DEFAULT_SOURCES_FILE, out: parsed.values.get('--out') ?? null } };
}
