import { checkOutputTarget, sidePaths } from './check-output-target';
import { moveOwnFolder, removeOwnFolder } from './guarded-moves';
import { nodeOutputFs, type OutputFs } from './output-fs';

/**
 * Finishes or undoes a swap a crash interrupted, touching only folders the
 * build wrote: a previous set with no output beside it (or an empty one)
 * becomes the output again; a previous set beside a complete output is
 * removed; a staging folder is removed. A folder the build did not write in
 * any of the three places is refused (BuildError 'output-unsafe') before
 * anything is touched.
 */
export async function recoverOutputSet(outDir: string, fs: OutputFs = nodeOutputFs, protect: readonly string[] = []): Promise<void> {
  const states = await checkOutputTarget(outDir, protect, fs);
  const paths = sidePaths(outDir);
  if (states.previous.kind === 'own') {
    if (states.output.kind === 'own') await removeOwnFolder(paths.previous, 'previous', fs);
    else {
      if (states.output.kind === 'empty') await fs.removeEmptyFolder(outDir);
      await moveOwnFolder(paths.previous, 'previous', outDir, fs);
    }
  }
  if (states.staging.kind === 'own') await removeOwnFolder(paths.staging, 'staging', fs);
}
