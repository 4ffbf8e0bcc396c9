import { DATA_FILES } from '../../src/contract/data-contract';
import { withOutputSet, type OutputSetOptions } from './open-output-set';

export { recoverOutputSet } from './recover-output-set';
export { sidePaths } from './check-output-target';
export { nodeOutputFs, type OutputFs } from './output-fs';

/**
 * Writes files held in memory as one output set (manifest.json, when among
 * them, last): into the staging folder, then swapped in (see openOutputSet).
 * On any failure the previous set stays as it was and the staging folder is
 * removed.
 */
export async function writeOutputSet(outDir: string, files: { name: string; bytes: Uint8Array }[], options: OutputSetOptions = {}): Promise<void> {
  const manifest = files.find((f) => f.name === DATA_FILES.manifest)?.bytes ?? new Uint8Array();
  await withOutputSet(outDir, options, async (set) => {
    for (const f of files) if (f.name !== DATA_FILES.manifest) await set.addFile(f.name, f.bytes);
    return manifest;
  });
}
