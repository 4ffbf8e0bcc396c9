import { BuildError } from './build-error';
import { messages } from './messages';
import type { OutputFs } from './output-fs';
import { probeSetFolder, type SetSlot } from './probe-set-folder';

/**
 * The only ways the build deletes or moves a folder of an output path: each
 * first looks at the folder again (probeSetFolder) and acts only when it is
 * the build's own, and when `id` is given, only when its marker holds that
 * id. Otherwise it throws BuildError 'output-unsafe' naming the folder and
 * touches nothing.
 */
export async function removeOwnFolder(dir: string, slot: SetSlot, fs: OutputFs, id?: string): Promise<void> {
  await expectOwn(dir, slot, fs, id);
  await fs.removeTree(dir);
}

/** Renames `from` (a folder of `slot`) to `to` after the same check. */
export async function moveOwnFolder(from: string, slot: SetSlot, to: string, fs: OutputFs, id?: string): Promise<void> {
  await expectOwn(from, slot, fs, id);
  await fs.rename(from, to);
}

async function expectOwn(dir: string, slot: SetSlot, fs: OutputFs, id: string | undefined): Promise<void> {
  const state = await probeSetFolder(dir, slot, fs);
  if (state.kind === 'own' && (id === undefined || state.id === id)) return;
  const why = state.kind === 'foreign' ? state.why : state.kind === 'own' ? messages.markerMismatch(id ?? '', state.id ?? '') : messages.noMarker([]);
  throw new BuildError({ kind: 'output-unsafe', file: dir, message: messages.folderNotOurs(dir, slot, why), hint: messages.folderNotOursHint(dir) });
}
