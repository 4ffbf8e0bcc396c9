import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { CaseFacts } from '../../../scripts/fuzz/fuzz-case';
import { writeRootFile } from '../../../scripts/root-writer/write-root-file';

const folder = mkdtempSync(path.join(tmpdir(), 'runlens-fuzz-worker-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('the fuzz worker answers each case over IPC with the facts of its build', async () => {
  writeFileSync(path.join(folder, 'w.root'), writeRootFile([{ name: 't', entries: 3, branches: [{ name: 'run', type: 'Int_t', values: [1, 2, 3] }] }]));
  const child = fork(path.resolve('scripts/fuzz/fuzz-worker.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const answer = (id: number, mutation: object) => new Promise<{ id: number; facts: CaseFacts }>((resolve) => {
    child.once('message', (m) => resolve(m as { id: number; facts: CaseFacts }));
    child.send({ type: 'case', id, target: 0, mutation });
  });
  try {
    child.send({ type: 'init', rootFiles: folder, workDir: path.join(folder, 'work'), targets: [{ file: 'w.root', tree: 't', key: 'run', why: 'test' }] });
    const cut = await answer(1, { kind: 'truncate', length: 50 });
    expect([cut.id, cut.facts.exitCode, cut.facts.readError?.kind]).toEqual([1, 1, 'truncated']);
    const whole = await answer(2, { kind: 'truncate', length: 1e9 });
    expect([whole.id, whole.facts.exitCode, whole.facts.sameAsClean]).toEqual([2, 0, true]);
  } finally {
    child.kill();
  }
}, 60_000);
