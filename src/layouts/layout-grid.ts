import type { LayoutSpec } from '../view/layout-file';
import type { CompareMode } from './histogram-math';
import { createLayoutPad, type LayoutPad } from './layout-pad';
import type { Jsroot } from './load-jsroot';
import { padContent, type RunHistograms } from './pad-content';

/** A layout's grid of pads, kept while the layout stays open: each run is drawn into the same pads. */
export interface LayoutGrid {
  readonly layout: LayoutSpec;
  /** Draws every pad for `run` (and the reference's overlay); resolves when all are painted. */
  show(run: RunHistograms, reference: RunHistograms | null, mode: CompareMode): Promise<void>;
  dispose(): void;
}

/** Builds the `rows × cols` grid of `layout` in `container` (its pads row by row; places without a pad stay empty). */
export function createLayoutGrid(container: HTMLElement, layout: LayoutSpec, jsroot: Jsroot, onError: (error: unknown) => void): LayoutGrid {
  const grid = document.createElement('div');
  grid.className = 'layout-grid';
  grid.dataset.layout = layout.name;
  // CSSOM properties, which the site's CSP allows (a style attribute would not be).
  grid.style.gridTemplateColumns = `repeat(${layout.cols}, minmax(0, 1fr))`;
  grid.style.gridTemplateRows = `repeat(${layout.rows}, auto)`;
  container.append(grid);
  const pads: LayoutPad[] = layout.pads.map((pad) => {
    const view = createLayoutPad(grid, jsroot, onError);
    view.root.dataset.histogram = pad.histogram;
    return view;
  });
  return {
    layout,
    async show(run, reference, mode) {
      await Promise.all(layout.pads.map((pad, i) => pads[i].show(padContent(pad, run, reference, mode))));
    },
    dispose() {
      for (const pad of pads) pad.dispose();
      grid.remove();
    },
  };
}
