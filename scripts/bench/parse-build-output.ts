/** The time and peak memory a build printed as its last line (messages.resources), or null when absent. */
export function parseBuildResources(stdout: string): { seconds: number; peakBytes: number } | null {
  const match = /took (\d+(?:\.\d+)?) s, peak memory (\d+) MiB \(resident set\)\s*$/.exec(stdout);
  return match ? { seconds: Number(match[1]), peakBytes: Number(match[2]) * 2 ** 20 } : null;
}

/** The JSON line a plain-read child printed. */
export function parsePlainRead(stdout: string): { entries: number; ms: number; peakBytes: number } {
  const line = stdout.trim().split('\n').at(-1) ?? '';
  const json = JSON.parse(line) as { entries: unknown; ms: unknown; peakBytes: unknown };
  if (typeof json.entries !== 'number' || typeof json.ms !== 'number' || typeof json.peakBytes !== 'number') throw new Error(`bench: plain read printed ${line}`);
  return { entries: json.entries, ms: json.ms, peakBytes: json.peakBytes };
}
