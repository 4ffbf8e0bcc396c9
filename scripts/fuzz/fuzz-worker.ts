/**
 * A fuzz worker: a child process that builds damaged copies one at a time, in
 * process, and answers with what happened. The parent kills it when a case
 * outlives its time limit, so a hang is reported instead of stalling the run.
 * Messages: in { type: 'init', rootFiles, workDir, targets } then { type: 'case',
 * id, target, mutation }; out { type: 'result', id, facts } or { type: 'error', id, message }.
 */
import path from 'node:path';
import { prepareTarget, runCase, type PreparedTarget } from './fuzz-case';
import type { FuzzTarget } from './fuzz-targets';
import type { Mutation } from './mutation';

type Incoming =
  | { type: 'init'; rootFiles: string; workDir: string; targets: FuzzTarget[] }
  | { type: 'case'; id: number; target: number; mutation: Mutation };

let setup: { rootFiles: string; workDir: string; targets: FuzzTarget[] } | undefined;
const prepared = new Map<number, Promise<PreparedTarget>>();

function target(index: number): Promise<PreparedTarget> {
  const { rootFiles, workDir, targets } = setup!;
  let ready = prepared.get(index);
  if (!ready) {
    ready = prepareTarget(targets[index], rootFiles, path.join(workDir, `t${index}`));
    prepared.set(index, ready);
  }
  return ready;
}

// One case at a time: the parent sends the next one only after an answer.
process.on('message', (message: Incoming) => {
  if (message.type === 'init') {
    setup = message;
    return;
  }
  const { id } = message;
  target(message.target)
    .then((t) => runCase(t, message.mutation))
    .then((facts) => process.send!({ type: 'result', id, facts }))
    .catch((error: unknown) => process.send!({ type: 'error', id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
});
