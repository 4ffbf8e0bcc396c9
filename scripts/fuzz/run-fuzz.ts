import { fork, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyCase, GOOD_OUTCOMES } from './classify-case';
import type { CaseFacts } from './fuzz-case';
import type { FuzzTarget } from './fuzz-targets';
import { describeMutation, randomMutation, type Mutation } from './mutation';
import { seededRandom } from './random';

/** One damaged copy to build: which target, how it is damaged. */
export interface FuzzCase {
  index: number;
  target: number;
  mutation: Mutation;
}

export interface FuzzOptions {
  targets: readonly FuzzTarget[];
  rootFiles: string;
  /** A folder of its own for the workers' copies and outputs. */
  workDir: string;
  cases: number;
  seed: number;
  workers: number;
  /** A case running longer than this is a hang: its worker is killed and replaced. */
  timeoutMs: number;
  /** Only these case indices (to replay failures); all when absent. */
  only?: readonly number[];
  onProgress?: (done: number, total: number) => void;
}

export interface FuzzFailure {
  index: number;
  file: string;
  mutation: string;
  failure: string;
  detail: string;
}

export interface FuzzReport {
  /** Cases per outcome, failures included under their failure name. */
  counts: Record<string, number>;
  /** Cases per target file and acceptable outcome. */
  byFile: Record<string, Record<string, number>>;
  failures: FuzzFailure[];
  ms: number;
}

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fuzz-worker.ts');

/** The cases of a seed: targets in turn, each damaged by a mutation drawn for its size. Same seed, same cases. */
export function fuzzCases(targetSizes: readonly number[], cases: number, seed: number): FuzzCase[] {
  const random = seededRandom(seed);
  return Array.from({ length: cases }, (_, index) => {
    const target = index % targetSizes.length;
    return { index, target, mutation: randomMutation(targetSizes[target], random) };
  });
}

type Settled = { facts: CaseFacts } | { failure: string; detail: string };

/** A worker process, one case at a time, with a watchdog on each. */
class Worker {
  private child: ChildProcess;
  private stderr = '';
  private pending?: { resolve: (s: Settled) => void; timer: NodeJS.Timeout };
  private stopped = false;

  constructor(private readonly options: FuzzOptions, id: number) {
    this.child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    this.child.stdout?.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.child.stderr?.on('data', (d: Buffer) => { this.stderr = (this.stderr + d.toString()).slice(-2000); });
    this.child.on('message', (m: { type: string; facts?: CaseFacts; message?: string }) => {
      this.settle(m.type === 'result' ? { facts: m.facts! } : { failure: 'fuzz worker error', detail: m.message ?? '' });
    });
    this.child.on('exit', (code, signal) => this.settle({ failure: 'crash', detail: `worker exited (${signal ?? code}): ${this.stderr.slice(-600)}` }));
    this.child.send({ type: 'init', rootFiles: options.rootFiles, workDir: path.join(options.workDir, `w${id}`), targets: options.targets });
  }

  private settle(result: Settled): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    clearTimeout(pending.timer);
    pending.resolve(result);
  }

  run(c: FuzzCase): Promise<Settled> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.settle({ failure: 'hang', detail: `no answer within ${this.options.timeoutMs} ms` });
        this.stop();
      }, this.options.timeoutMs);
      this.pending = { resolve, timer };
      this.child.send({ type: 'case', id: c.index, target: c.target, mutation: c.mutation });
    });
  }

  /** False once stopped or exited: a killed child may not have exited yet when the next case comes. */
  get alive(): boolean {
    return !this.stopped && this.child.exitCode === null && this.child.signalCode === null;
  }

  stop(): void {
    this.stopped = true;
    this.child.kill('SIGKILL');
  }
}

/**
 * Builds damaged copies of real files in worker processes (each case a build
 * through the CLI function, in process, with a time limit) and tallies the
 * outcomes. A worker that hangs or dies is replaced and the run goes on.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const sizes = options.targets.map((t) => statSync(path.join(options.rootFiles, t.file)).size);
  const all = fuzzCases(sizes, options.cases, options.seed);
  const queue = options.only ? all.filter((c) => options.only!.includes(c.index)) : all;
  const report: FuzzReport = { counts: Object.fromEntries(GOOD_OUTCOMES.map((o) => [o, 0])), byFile: {}, failures: [], ms: 0 };
  let next = 0;
  let done = 0;
  let spawned = 0;
  const lane = async () => {
    let worker = new Worker(options, spawned++);
    while (next < queue.length) {
      const c = queue[next++];
      const file = options.targets[c.target].file;
      const settled = await worker.run(c);
      const outcome = 'facts' in settled ? classifyCase(settled.facts, file) : { ok: false as const, ...settled };
      const name = outcome.ok ? outcome.outcome : outcome.failure;
      report.counts[name] = (report.counts[name] ?? 0) + 1;
      const byFile = (report.byFile[file] ??= {});
      byFile[name] = (byFile[name] ?? 0) + 1;
      if (!outcome.ok) report.failures.push({ index: c.index, file, mutation: describeMutation(c.mutation), failure: outcome.failure, detail: outcome.detail });
      if (!worker.alive) worker = new Worker(options, spawned++);
      options.onProgress?.(++done, queue.length);
    }
    worker.stop();
  };
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, lane));
  report.ms = Date.now() - started;
  return report;
}
