import { expect, it, vi } from 'vitest';
import { openRootFile } from '../../../scripts/root-reader/open-root-file.js';

it('openRootFile throws unreadable naming the file when jsroot cannot parse the bytes', async () => {
  const bytes = new Uint8Array(1000);
  bytes.set([0x72, 0x6f, 0x6f, 0x74]); // 'root' magic, nothing else
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await expect(openRootFile(bytes, 'empty.root')).rejects.toMatchObject({ kind: 'unreadable', file: 'empty.root' });
  error.mockRestore();
});
