import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A real ROOT file the fuzz damages, and the source that builds it. */
export interface FuzzTarget {
  /** Path inside the rootfiles folder. */
  file: string;
  tree: string;
  key: string;
  /** What makes it worth damaging. */
  why: string;
}

/**
 * Uncompressed, zlib, LZ4 and zstd files, one whose baskets sit inside the
 * TTree record, and one with two cycles of an object in a subdirectory (it
 * holds no tree, so every build of it is refused: the fuzz checks that
 * damage never turns that into a crash).
 */
export const FUZZ_TARGETS: readonly FuzzTarget[] = [
  { file: 'scikit-hep-testdata/uproot-sample-6.20.04-uncompressed.root', tree: 'sample', key: 'i4', why: 'uncompressed, every leaf type, 411 baskets' },
  { file: 'scikit-hep-testdata/uproot-Zmumu-zlib.root', tree: 'events', key: 'Event', why: 'zlib, 2304 entries like a trending tree' },
  { file: 'scikit-hep-testdata/uproot-sample-6.20.04-lz4.root', tree: 'sample', key: 'i4', why: 'LZ4 with XXH64 checksums' },
  { file: 'scikit-hep-testdata/uproot-Zmumu-zstd.root', tree: 'events', key: 'Event', why: 'zstd, no checksum' },
  { file: 'scikit-hep-testdata/uproot-issue21.root', tree: 'nllscan', key: 'status', why: 'every basket inside the TTree record' },
  { file: 'roottest/root/io/directory/objstring.root', tree: 'Lumi/physics', key: 'run', why: 'two cycles in a subdirectory, no tree' },
];

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The rootfiles folder: $RUNLENS_ROOTFILES, else ../shared/rootfiles beside the repository; undefined when absent. */
export function rootFilesFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dir = env.RUNLENS_ROOTFILES ? path.resolve(env.RUNLENS_ROOTFILES) : path.resolve(REPO_ROOT, '..', 'shared', 'rootfiles');
  return existsSync(path.join(dir, 'README.md')) ? dir : undefined;
}
