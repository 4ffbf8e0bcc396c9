/**
 * Cycles in the graph "alias → aliases it uses": for every alias on a cycle,
 * the shortest cycle through it, as a path starting and ending at it
 * (`['a', 'b', 'a']`; a self-reference is `['a', 'a']`). Aliases not on a
 * cycle are absent from the result.
 */
export function aliasCycles(uses: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const cycles = new Map<string, string[]>();
  for (const start of uses.keys()) {
    const path = shortestCycle(start, uses);
    if (path) cycles.set(start, path);
  }
  return cycles;
}

/** Breadth-first search from `start`'s successors back to `start`. */
function shortestCycle(start: string, uses: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const cameFrom = new Map<string, string>();
  const queue: string[] = [];
  for (const next of uses.get(start) ?? []) {
    if (next === start) return [start, start];
    if (!cameFrom.has(next) && uses.has(next)) {
      cameFrom.set(next, start);
      queue.push(next);
    }
  }
  for (let k = 0; k < queue.length; k++) {
    const node = queue[k];
    for (const next of uses.get(node) ?? []) {
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(next) && uses.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return undefined;
}
