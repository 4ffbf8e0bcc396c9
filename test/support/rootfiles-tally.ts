/**
 * Vitest globalSetup: totals the real ROOT files read over the whole run.
 * Each test file appends the paths it read (see rootfiles.ts) to a tally file
 * named by RUNLENS_ROOTFILES_TALLY; teardown prints how many distinct files
 * that is, so a run shows at a glance whether the real-file tests ran.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rootFilesCandidate, rootFilesDir } from './rootfiles';

export const TALLY_ENV = 'RUNLENS_ROOTFILES_TALLY';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'runlens-tally-'));
  const tally = join(dir, 'read.txt');
  process.env[TALLY_ENV] = tally;
  return () => {
    let paths: string[] = [];
    try {
      paths = readFileSync(tally, 'utf8').split('\n').filter(Boolean);
    } catch {
      // No test file read a real ROOT file: the tally was never written.
    }
    rmSync(dir, { recursive: true, force: true });
    const where = rootFilesDir() ?? `${rootFilesCandidate()} (absent: real-file tests skipped)`;
    console.log(`[rootfiles] this run read ${new Set(paths).size} distinct real ROOT files from ${where}`);
  };
}
