import { closestNames } from './closest-names';
import { toJsonPath } from './json-path';
import { viewHints, viewMessages } from './view-messages';
import type { ViewProblem } from './view-spec';

type Json = Record<string, unknown>;

/** The layout list of a parsed view file, whatever else is wrong with it: objects kept in place, anything else as {}. */
export function layoutItems(json: unknown): Json[] {
  const layouts = json !== null && typeof json === 'object' ? (json as Json).layouts : undefined;
  if (!Array.isArray(layouts)) return [];
  return layouts.map((layout) => (isObject(layout) ? layout : {}));
}

/** What the schema cannot say about layouts: names unique in the view, no more pads than the grid's rows × cols. */
export function checkViewLayouts(json: unknown): ViewProblem[] {
  const problems: ViewProblem[] = [];
  const firstPath = new Map<string, string>();
  layoutItems(json).forEach((layout, index) => {
    const { name, rows, cols, pads } = layout;
    if (typeof name === 'string') {
      const first = firstPath.get(name);
      if (first) problems.push({ kind: 'view-problem', path: toJsonPath(['layouts', index, 'name']), message: viewMessages.duplicateLayout(name, first), hint: viewHints.uniqueLayout() });
      else firstPath.set(name, toJsonPath(['layouts', index]));
    }
    if (typeof rows === 'number' && typeof cols === 'number' && Array.isArray(pads) && pads.length > rows * cols) {
      problems.push({ kind: 'view-problem', path: toJsonPath(['layouts', index, 'pads']), message: viewMessages.tooManyPads(pads.length, rows, cols), hint: viewHints.growGrid() });
    }
  });
  return problems;
}

/** Every pad's histogram path that is not among `known` (the built index's paths), with the closest known paths as the hint. */
export function checkLayoutHistograms(json: unknown, known: ReadonlySet<string>): ViewProblem[] {
  const candidates = [...known];
  return layoutItems(json).flatMap((layout, index) => {
    const pads = Array.isArray(layout.pads) ? layout.pads : [];
    return pads.flatMap((pad, p): ViewProblem[] => {
      const histogram = isObject(pad) ? pad.histogram : undefined;
      if (typeof histogram !== 'string' || known.has(histogram)) return [];
      const close = closestNames(histogram, candidates);
      return [{ kind: 'view-problem', path: toJsonPath(['layouts', index, 'pads', p, 'histogram']), message: viewMessages.unknownHistogram(histogram), hint: close.length ? viewHints.didYouMean(close) : viewHints.histograms() }];
    });
  });
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
