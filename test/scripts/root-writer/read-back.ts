import { openFile, TSelector, treeProcess } from 'jsroot';
import { vi } from 'vitest';

/** One entry's value as jsroot returns it, arrays copied out of its buffers. */
export type ReadValue = number | bigint | boolean | number[];

/** What jsroot made of a tree: the TTree object and every entry of every branch. */
export interface ReadTree {
  tree: any;
  /** branch name → one value per entry. */
  columns: Record<string, ReadValue[]>;
}

/**
 * Runs `body` and fails if jsroot printed anything meanwhile: it reports format
 * errors through console.warn/error, and byte-count mismatches through console.log.
 */
export async function withoutConsoleNoise<T>(body: () => Promise<T>): Promise<T> {
  const spies = (['log', 'warn', 'error'] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
  try {
    const result = await body();
    const noise = spies.flatMap((spy) => spy.mock.calls.map((c) => c.map(String).join(' ')));
    if (noise.length > 0) throw new Error(`jsroot complained while reading:\n${noise.join('\n')}`);
    return result;
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** Opens the bytes in jsroot as an in-memory file. */
export function openBytes(bytes: Uint8Array): Promise<any> {
  return openFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Reads a tree and, when it has entries, all its branches in one selector pass. */
export function readTree(bytes: Uint8Array, treeName: string): Promise<ReadTree> {
  return withoutConsoleNoise(async () => {
    const file = await openBytes(bytes);
    const tree = await file.readObject(treeName);
    const names: string[] = tree.fBranches.arr.map((b: any) => b.fName);
    const columns: Record<string, ReadValue[]> = Object.fromEntries(names.map((n) => [n, []]));
    if (tree.fEntries === 0 || names.length === 0) return { tree, columns };
    const selector = new TSelector();
    for (const name of names) selector.addBranch(name);
    selector.Process = function (this: any) {
      for (const name of names) columns[name].push(copyValue(this.tgtobj[name]));
    };
    await treeProcess(tree, selector);
    return { tree, columns };
  });
}

function copyValue(v: unknown): ReadValue {
  if (ArrayBuffer.isView(v) || Array.isArray(v)) return Array.from(v as ArrayLike<number>);
  return v as ReadValue;
}
