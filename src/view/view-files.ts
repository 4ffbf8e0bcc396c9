/** View files in views/, each its own lazy chunk, keyed by name (file name without `.json`). */
const loaders = import.meta.glob<{ default: unknown }>('../../views/*.json');

export const DEFAULT_VIEW = 'tpc-overview';

/** Names of the available views, sorted. */
export function viewNames(): string[] {
  return Object.keys(loaders).map(nameOfPath).sort();
}

/** The parsed JSON of view `name`, or undefined when there is no such file. */
export async function loadViewJson(name: string): Promise<unknown> {
  const entry = Object.entries(loaders).find(([path]) => nameOfPath(path) === name);
  return entry ? (await entry[1]()).default : undefined;
}

function nameOfPath(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');
}
