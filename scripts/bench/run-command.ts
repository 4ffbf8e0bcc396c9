import { spawnSync } from 'node:child_process';

/** Runs a command to completion, failing loudly; returns wall-clock milliseconds. */
export function runTimed(command: string, args: string[], label: string, env?: Record<string, string>): number {
  return runCapture(command, args, label, env).ms;
}

/** Runs a command to completion, failing loudly; returns its stdout and wall-clock milliseconds. */
export function runCapture(command: string, args: string[], label: string, env?: Record<string, string>): { stdout: string; ms: number } {
  const t0 = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30, ...(env ? { env: { ...process.env, ...env } } : {}) });
  const ms = performance.now() - t0;
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`bench: ${label} failed (exit ${result.status}): ${command} ${args.join(' ')}`);
  }
  return { stdout: result.stdout, ms };
}
