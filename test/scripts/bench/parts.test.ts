import { describe, expect, it } from 'vitest';
import { BENCH_PARTS, runBenchParts } from '../../../scripts/bench/parts';

async function run(argv: string[]) {
  const lines: string[] = [];
  const stop = await runBenchParts(argv, (line) => lines.push(line));
  return { stop, lines };
}

describe('runBenchParts', () => {
  it('--only rules runs the rules part alone and tells the bench to stop there', async () => {
    const { stop, lines } = await run(['--only', 'rules', '--runs', '400']);
    expect(stop).toBe(true);
    expect(lines[0]).toMatch(/^rules: 12 rules .* over 400 runs$/);
    expect(lines.at(-1)).toMatch(/load average/);
  });
  it('without --only runs every part and lets the bench go on', async () => {
    const { stop, lines } = await run(['--runs=300']);
    expect(stop).toBe(false);
    const names = Object.keys(BENCH_PARTS);
    expect(names.map((name) => lines.filter((l) => l.startsWith(`${name}:`)).length)).toEqual(names.map(() => 1));
  });
  it('--only with a part it does not know (another bench section) prints nothing and lets the bench go on', async () => {
    expect(await run(['--only', 'build'])).toEqual({ stop: false, lines: [] });
  });
});
