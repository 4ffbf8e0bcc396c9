import type { JsrootFile, JsrootKey } from '../root-reader/open-root-file';

/** What a key holds, as inspect groups them. */
export type ObjectKind = 'tree' | 'directory' | 'histogram' | 'other';

/** One key of the file, with the path the build's `tree` setting would use. */
export interface ListedObject {
  /** 'dir/sub/name'. */
  path: string;
  cycle: number;
  className: string;
  title: string;
  kind: ObjectKind;
  /** False for a key with a higher cycle of the same name beside it (the build reads the highest). */
  latest: boolean;
}

const TREES = new Set(['TTree', 'TNtuple', 'TNtupleD']);

/** Tree, directory, histogram (TH1…, TH2…, TH3…, TProfile…) or any other class. */
export function objectKind(className: string): ObjectKind {
  if (TREES.has(className)) return 'tree';
  if (className.startsWith('TDirectory')) return 'directory';
  if (/^TH[123]|^TProfile/.test(className)) return 'histogram';
  return 'other';
}

/**
 * Every key of the file and of its directories, depth first, in the order
 * the directories list them (the StreamerInfo record jsroot appends is left
 * out). `depth` bounds the walk, as a damaged directory may point back at itself.
 */
export async function listObjects(file: JsrootFile, depth = 16): Promise<ListedObject[]> {
  const out: ListedObject[] = [];
  const walk = async (keys: JsrootKey[], prefix: string, level: number): Promise<void> => {
    const highest = new Map<string, number>();
    for (const k of keys) highest.set(k.fName, Math.max(highest.get(k.fName) ?? 0, k.fCycle));
    for (const key of keys) {
      if (prefix === '' && key.fClassName === 'TList' && key.fName === 'StreamerInfo') continue;
      const path = `${prefix}${key.fName}`;
      const kind = objectKind(key.fClassName);
      out.push({ path, cycle: key.fCycle, className: key.fClassName, title: key.fTitle ?? '', kind, latest: key.fCycle === highest.get(key.fName) });
      if (kind === 'directory' && level < depth) await walk((await file.readDirectory(path, key.fCycle)).fKeys, `${path}/`, level + 1);
    }
  };
  await walk(file.fKeys, '', 0);
  return out;
}
