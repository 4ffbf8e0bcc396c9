import type { UiKey, UiStore } from '../state/ui-store';
import type { LayoutSpec } from '../view/layout-file';
import type { HistogramSource } from './fetch-histograms';
import { layoutMessages } from './layout-messages';
import type { LayoutViewer } from './layout-viewer';
import type { Jsroot } from './load-jsroot';

/** A section of another panel (e.g. the run panel opened by clicking a point): a title and how to draw it for a run. */
export interface RunSection {
  title: string;
  /** Draws the section for `run` into `container`; returns how to remove it. */
  render(container: HTMLElement, run: number): () => void;
}

export interface LayoutSectionDeps {
  ui: UiStore;
  source: HistogramSource;
  jsroot: () => Promise<Jsroot>;
  /** The current view's layouts and reference run (read at each render). */
  view: () => { layouts: readonly LayoutSpec[]; referenceRun: number | null } | null;
}

const WATCHED: readonly UiKey[] = ['layout', 'referenceRun', 'overlay', 'compare'];

/**
 * The histogram layouts as a section another panel can hold: the view's
 * layout tabs and grid for the given run, with the reference overlay and
 * comparison chosen in the UI store (the same state as the Histograms
 * panel, so both agree). jsroot is loaded on the first render.
 */
export function createLayoutSection(deps: LayoutSectionDeps): RunSection {
  return {
    title: layoutMessages.heading(),
    render(container, run) {
      const view = deps.view();
      let viewer: LayoutViewer | undefined;
      let removed = false;
      const show = () => {
        const s = deps.ui.get();
        void viewer?.show({ run, layout: s.layout, reference: s.overlay ? (s.referenceRun ?? view?.referenceRun ?? null) : null, compare: s.compare });
      };
      const unsubscribe = deps.ui.subscribe((_, changed) => {
        if (WATCHED.some((key) => changed.has(key))) show();
      });
      // The viewer is a chunk of its own (as in the Histograms panel).
      void import('./layout-viewer').then(({ createLayoutViewer }) => {
        if (removed) return;
        viewer = createLayoutViewer(container, { layouts: view?.layouts ?? [], source: deps.source, jsroot: deps.jsroot, onLayout: (name) => deps.ui.set({ layout: name }) });
        show();
      });
      return () => {
        removed = true;
        unsubscribe();
        viewer?.dispose();
      };
    },
  };
}
