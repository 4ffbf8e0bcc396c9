/** Options of `build-data`: the sources file and an optional output override. */
export interface CliArgs {
  sources: string;
  out: string | null;
}

export const DEFAULT_SOURCES_FILE = 'data/sources.json';

/** Parses `[--sources FILE] [--out DIR]` (also `--name=value`); returns the bad argument on error. */
export function parseCliArgs(argv: readonly string[]): { ok: true; args: CliArgs } | { ok: false; bad: string } {
  const args: CliArgs = { sources: DEFAULT_SOURCES_FILE, out: null };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = inline ?? argv[i + 1];
    if ((flag !== '--sources' && flag !== '--out') || value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return { ok: false, bad: argv[i] };
    }
    if (inline === undefined) i++;
    if (flag === '--sources') args.sources = value;
    else args.out = value;
  }
  return { ok: true, args };
}
