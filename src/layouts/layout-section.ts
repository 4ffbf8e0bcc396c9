import type { RunPanelSection } from '../panel/run-panel';
import type { UiStore } from '../state/ui-store';
import type { LayoutSpec } from '../view/layout-file';
import type { HistogramSource } from './fetch-histograms';
import { layoutMessages } from './layout-messages';

export interface LayoutLinksDeps {
  ui: UiStore;
  /** Only its index is read: which runs have histograms. */
  source: Pick<HistogramSource, 'index' | 'url'>;
  /** Brings the page's Histograms panel into view and gives it the focus. */
  reveal: () => void;
}

/**
 * The run panel's "Histograms" section for a view's `layouts`: one button
 * per layout, which chooses it (`layout` of the UI store; the Histograms
 * panel already follows `openRun`) and reveals the Histograms panel. A run
 * the histogram index does not list gets a line saying it has none. Nothing
 * is drawn here: jsroot pads need the width of the page's panel.
 */
export function createLayoutLinks(layouts: readonly LayoutSpec[], deps: LayoutLinksDeps): RunPanelSection {
  return {
    title: layoutMessages.heading(),
    render(container, run) {
      let removed = false;
      container.className = 'layout-links';
      const say = (text: string) => {
        const line = document.createElement('p');
        line.className = 'layout-links-none';
        line.textContent = text;
        container.replaceChildren(line);
      };
      deps.source.index().then(
        (index) => {
          if (removed) return;
          if (!index?.runs.some((r) => r.run === run)) return say(layoutMessages.noRunFile(run));
          container.replaceChildren(...layouts.map((layout) => linkButton(layout.name, () => {
            deps.ui.set({ layout: layout.name });
            deps.reveal();
          })));
        },
        (error: unknown) => {
          if (!removed) say(layoutMessages.loadFailed(deps.source.url('index.json'), error instanceof Error ? error.message : String(error)));
        },
      );
      return () => {
        removed = true;
        container.replaceChildren();
      };
    },
  };
}

function linkButton(name: string, choose: () => void): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'layout-link';
  button.textContent = name;
  button.addEventListener('click', choose);
  return button;
}
