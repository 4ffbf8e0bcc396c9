import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve('scripts/ensure-chromium.sh');
const LOCK = '/var/lib/dpkg/lock-frontend';
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/python3');
const canRun = isRoot && hasApt;
if (!canRun) console.warn('ensure-chromium.test: skipped (needs root, apt-get and python3, as on Debian CI)');

/** Holds dpkg's frontend lock (an fcntl lock, as apt takes it) for `seconds`; resolves once it is held. */
function holdLock(seconds: number): Promise<ChildProcess> {
  const code = `import fcntl,os,sys,time\nfd=os.open('${LOCK}',os.O_RDWR|os.O_CREAT)\nfcntl.lockf(fd,fcntl.LOCK_EX)\nprint('held',flush=True)\ntime.sleep(${seconds})`;
  const child = spawn('python3', ['-c', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('error', reject);
  });
}

/** Runs the script as if Chromium were missing (a path that does not exist); `onOutput` sees the output so far after each chunk. */
function runScript(waitSeconds: number, onOutput: (out: string) => void = () => undefined): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, CHROMIUM_PATH: '/nonexistent/runlens-test/chromium', RUNLENS_APT_LOCK_WAIT: String(waitSeconds) };
    const child = spawn('bash', [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const add = (d: Buffer) => {
      out += d;
      onOutput(out);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe.skipIf(!canRun)('scripts/ensure-chromium.sh with the apt lock held', () => {
  let holder: ChildProcess | undefined;
  afterEach(() => {
    holder?.kill();
    holder = undefined;
  });

  it('waits up to RUNLENS_APT_LOCK_WAIT seconds, then fails naming the process holding the lock', async () => {
    holder = await holdLock(60);
    const { code, out } = await runScript(2);
    expect(code).toBe(1);
    expect(out).toContain(`the package lock is held by process ${holder.pid} (`);
    expect(out).toContain(`after 2 s the package lock is still held by process ${holder.pid}`);
    expect(out).toContain(LOCK);
  }, 120_000);

  it('goes on once the lock is released within the wait (here: to the missing-binary check)', async () => {
    // Released once the script has said who holds it (not after a fixed time, which a loaded machine can outlast).
    const held = await holdLock(300);
    holder = held;
    const { code, out } = await runScript(120, (text) => {
      if (text.includes('the package lock is held by process')) held.kill();
    });
    expect(out).toContain(`the package lock is held by process ${held.pid}`);
    expect(out).not.toContain('still held');
    // apt-get ran to the end; the binary asked for does not exist, which the script says.
    expect(code).toBe(1);
    expect(out).toContain('chromium installed but /nonexistent/runlens-test/chromium is missing');
  }, 300_000);

  it('exits 0 at once when the binary is there, whatever holds the lock', async () => {
    holder = await holdLock(30);
    const result = spawnSync('bash', [script], { env: { ...process.env, CHROMIUM_PATH: '/bin/sh' }, encoding: 'utf8' });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '', '']);
  });
});
