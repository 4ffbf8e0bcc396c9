import { readFile } from 'node:fs/promises';
import { openFile } from 'jsroot/io'; // untyped: declared as any by jsroot's types.d.ts
import { TSelector, treeProcess } from 'jsroot/tree';

/** A selector reading every top-level branch and keeping nothing but a count of entries. */
class CountingSelector extends TSelector {
  entries = 0;

  constructor(branches: unknown[]) {
    super();
    branches.forEach((b, i) => this.addBranch(b, `b${i}`));
  }

  Process(): void {
    this.entries++;
  }
}

/**
 * The baseline of the build benchmark: jsroot alone reading every entry of
 * every branch of a tree (file read, TTree object, treeProcess), with no
 * checks, no conversion and no output. Returns the entries read.
 */
export async function plainJsrootRead(file: string, treePath: string): Promise<number> {
  const bytes = await readFile(file);
  const root = await openFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const tree = (await root.readObject(treePath)) as { fBranches: { arr: unknown[] } };
  const selector = new CountingSelector(tree.fBranches.arr);
  await treeProcess(tree, selector);
  return selector.entries;
}
