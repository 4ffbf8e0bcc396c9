/** What `run` gave or threw, and every line it (or jsroot below it) wrote to the console meanwhile. */
export type Captured<T> = { ok: true; value: T; lines: string[] } | { ok: false; error: unknown; lines: string[] };

const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const;

/**
 * Runs `run` with the console's methods replaced by collectors, so jsroot's
 * diagnostics ("Did not found class…", "Missmatch in … bytecount") never reach
 * the user as the only message: the caller puts them into the detail of the
 * error it raises, or drops them when the read succeeded and was checked.
 * The console is restored afterwards. Calls must not overlap.
 */
export async function captureConsole<T>(run: () => Promise<T>): Promise<Captured<T>> {
  const saved = LEVELS.map((level) => console[level]);
  const lines: string[] = [];
  for (const level of LEVELS) {
    console[level] = (...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    };
  }
  try {
    return { ok: true, value: await run(), lines };
  } catch (error) {
    return { ok: false, error, lines };
  } finally {
    LEVELS.forEach((level, i) => {
      console[level] = saved[i];
    });
  }
}
