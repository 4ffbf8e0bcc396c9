import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildError } from '../../../scripts/pipeline/build-error';
import { messages } from '../../../scripts/pipeline/messages';
import { readSourceFile } from '../../../scripts/pipeline/read-source-file';
import { caught, withTempDir } from './helpers';

const refusal = async (file: string, max = 1000) => (await caught(() => readSourceFile(file, max))) as BuildError;

describe('readSourceFile', () => {
  it('reads a regular file, also through a symbolic link', () =>
    withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'a.csv'), 'run\n1\n');
      await symlink(path.join(dir, 'a.csv'), path.join(dir, 'link.csv'));
      expect(new TextDecoder().decode(await readSourceFile(path.join(dir, 'link.csv'), 100))).toBe('run\n1\n');
    }));

  it('refuses a link to /dev/zero by name as a device, without reading it', () =>
    withTempDir(async (dir) => {
      await symlink('/dev/zero', path.join(dir, 'zero.root'));
      const error = await refusal(path.join(dir, 'zero.root'));
      expect([error.kind, error.message]).toEqual(['source-file-not-regular', messages.notRegularFile(path.join(dir, 'zero.root'), 'device')]);
    }));

  it('refuses a FIFO at once (no reader is waiting for a writer)', () =>
    withTempDir(async (dir) => {
      const fifo = path.join(dir, 'pipe.csv');
      execFileSync('mkfifo', [fifo]);
      expect((await refusal(fifo)).message).toBe(messages.notRegularFile(fifo, 'FIFO (named pipe)'));
    }));

  it('refuses a socket and a folder by name', () =>
    withTempDir(async (dir) => {
      const socket = path.join(dir, 's.csv');
      const server = net.createServer().listen(socket);
      await new Promise((resolve) => server.once('listening', resolve));
      try {
        expect((await refusal(socket)).message).toBe(messages.notRegularFile(socket, 'socket'));
      } finally {
        server.close();
      }
      await mkdir(path.join(dir, 'd.csv'));
      expect((await refusal(path.join(dir, 'd.csv'))).message).toBe(messages.notRegularFile(path.join(dir, 'd.csv'), 'folder'));
    }));

  it('refuses a file larger than the cap, naming both sizes', () =>
    withTempDir(async (dir) => {
      const big = path.join(dir, 'big.csv');
      await writeFile(big, 'x'.repeat(1001));
      const error = await refusal(big, 1000);
      expect([error.kind, error.message, error.hint]).toEqual(['source-file-too-large', messages.fileTooLarge(big, 1001, 1000), messages.fileTooLargeHint()]);
      expect((await readSourceFile(big, 1001)).length).toBe(1001);
    }));
});
