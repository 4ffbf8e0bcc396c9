import type { ObjectPainter } from 'jsroot/draw';

/** What the layouts use of jsroot, once loaded. */
export interface Jsroot {
  parse(json: string): unknown;
  draw(dom: HTMLElement, obj: object, opt?: string): Promise<ObjectPainter>;
  cleanup(dom: HTMLElement): void;
}

/**
 * Loads jsroot's core and drawing modules (dynamic imports: they are chunks
 * of their own, never in the first page's bundle) and configures it for a
 * static site under a strict CSP: LaTeX in titles as symbols only (jsroot
 * would otherwise fetch MathJax from a CDN), no statistics box, no toolbar,
 * no drag and drop. `load` is called once per page (see createJsrootLoader).
 */
async function loadJsroot(): Promise<Jsroot> {
  const [core, drawing] = await Promise.all([import('jsroot/core'), import('jsroot/draw')]);
  core.settings.Latex = core.constants.Latex.Symbols;
  core.settings.ToolBar = false;
  core.settings.DragAndDrop = false;
  core.settings.CanEnlarge = false;
  core.settings.ContextMenu = false;
  core.gStyle.fOptStat = 0;
  return { parse: core.parse, draw: drawing.draw, cleanup: drawing.cleanup };
}

/** A loader that imports jsroot on its first call and hands every later call the same modules. */
export function createJsrootLoader(load: () => Promise<Jsroot> = loadJsroot): () => Promise<Jsroot> {
  let loading: Promise<Jsroot> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed chunk download may be retried
      throw error;
    });
    return loading;
  };
}
