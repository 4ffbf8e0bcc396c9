/**
 * Shared access to the real ROOT files in ../shared/rootfiles (or
 * $RUNLENS_ROOTFILES). Where the folder is absent, tests that need it skip
 * with a visible message; under CI (CI=true) its absence fails the run.
 * Each test file counts the real files it read and prints the count at the end.
 */
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, it } from 'vitest';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the folder should be: $RUNLENS_ROOTFILES, else ../shared/rootfiles beside the repo. */
export function rootFilesCandidate(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNLENS_ROOTFILES ? resolve(env.RUNLENS_ROOTFILES) : resolve(REPO_ROOT, '..', 'shared', 'rootfiles');
}

/** The rootfiles folder, or undefined when it is absent (no README.md there). */
export function rootFilesDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = rootFilesCandidate(env);
  return existsSync(resolve(dir, 'README.md')) ? dir : undefined;
}

/** Access to the folder for one test file. */
export interface RootFiles {
  /** True when the folder exists. */
  available: boolean;
  /** `describe` when the folder exists, `describe.skip` otherwise. */
  describe: typeof describe | typeof describe.skip;
  /** Absolute path of a file in the folder (e.g. 'scikit-hep-testdata/uproot-simple.root'); counts it as read. */
  path(relative: string): string;
  /** Names of the files in a subfolder matching `pattern`, sorted ([] when the folder is absent); not counted as read. */
  list(subfolder: string, pattern: RegExp): string[];
  /** Parsed JSON from expected/ (e.g. 'sample_truth.json'). */
  expected<T>(name: string): Promise<T>;
}

/**
 * Call once at the top of a test file. `label` names the file in the messages.
 * Registers the skip message or the CI failure, and an afterAll printing how
 * many distinct real files the file's tests read.
 */
export function useRootFiles(label: string, env: NodeJS.ProcessEnv = process.env): RootFiles {
  const dir = rootFilesDir(env);
  const read = new Set<string>();
  if (!dir && env.CI === 'true') {
    it('finds the shared ROOT files (required under CI)', () => {
      throw new Error(`${label}: ROOT test files not found at ${rootFilesCandidate(env)}; set RUNLENS_ROOTFILES or provide ../shared/rootfiles`);
    });
  } else if (!dir) {
    console.warn(`[rootfiles] ${label}: no ROOT test files at ${rootFilesCandidate(env)} (set RUNLENS_ROOTFILES); real-file tests SKIPPED`);
  }
  afterAll(() => {
    if (!dir) return;
    console.log(`[rootfiles] ${label}: read ${read.size} real ROOT files`);
    const tally = env.RUNLENS_ROOTFILES_TALLY;
    if (tally && read.size) appendFileSync(tally, [...read].join('\n') + '\n');
  });
  return {
    available: dir !== undefined,
    describe: dir ? describe : describe.skip,
    path(relative: string) {
      const full = resolve(dir ?? '/missing-rootfiles', relative);
      read.add(full);
      return full;
    },
    list(subfolder: string, pattern: RegExp) {
      return dir ? readdirSync(resolve(dir, subfolder)).filter((f) => pattern.test(f)).sort() : [];
    },
    async expected<T>(name: string): Promise<T> {
      const { readFile } = await import('node:fs/promises');
      return JSON.parse(await readFile(resolve(dir ?? '/missing-rootfiles', 'expected', name), 'utf8')) as T;
    },
  };
}
