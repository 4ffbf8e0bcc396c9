/** The outcome of splitting `--name value` / `--name=value` options. */
export type ParsedOptions =
  | { kind: 'ok'; values: Map<string, string> }
  /** An argument that is not one of the known options (`arg` as given). */
  | { kind: 'unknown'; arg: string }
  /** A known option without a value (none follows, it is empty, or the next argument is an option). */
  | { kind: 'missing-value'; arg: string; option: string };

/**
 * Splits command-line arguments into known options and their values, each
 * given as `--name value` or `--name=value` (only the first `=` splits). A
 * repeated option keeps its last value. Stops at the first bad argument.
 */
export function parseOptions(argv: readonly string[], known: readonly string[]): ParsedOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const [option, inline] = argv[i].split(/=(.*)/s, 2) as [string, string | undefined];
    if (!known.includes(option)) return { kind: 'unknown', arg: argv[i] };
    const value = inline ?? argv[i + 1];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      return { kind: 'missing-value', arg: argv[i], option };
    }
    if (inline === undefined) i++;
    values.set(option, value);
  }
  return { kind: 'ok', values };
}
