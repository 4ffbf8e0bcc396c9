import type { JsrootObject } from '../contract/histogram-contract';
import type { ObjectPainter } from 'jsroot/draw';
import type { Jsroot } from './load-jsroot';

/** What one pad shows: the run's histogram (or a note saying why there is none), the reference overlay, the comparison. */
export interface PadContent {
  title: string;
  main?: { object: JsrootObject; option: string };
  overlay?: { object: JsrootObject; option: string };
  compare?: { object: JsrootObject; option: string };
  /** The line at the comparison's level (1 for a ratio, 0 for a difference), drawn over `compare`. */
  level?: { object: JsrootObject; option: string };
  /** Shown instead of a drawing when there is no main histogram. */
  note?: string;
}

/** One pad of a layout grid, kept across runs: a new run's histograms redraw the existing drawing in place. */
export interface LayoutPad {
  readonly root: HTMLElement;
  /** Draws `content`; resolves when it is painted (a later call supersedes one not yet started). */
  show(content: PadContent): Promise<void>;
  dispose(): void;
}

/** A drawing of one div: its painters in order (main, then overlay) and what they were drawn with. */
interface Drawn {
  signature: string;
  painters: ObjectPainter[];
}

/** Builds a pad (figure: caption, main drawing, comparison drawing, note) in `parent`. */
export function createLayoutPad(parent: HTMLElement, jsroot: Jsroot, onError: (error: unknown) => void): LayoutPad {
  const root = make('figure', 'layout-pad');
  const caption = make('figcaption', 'pad-title');
  const mainDiv = make('div', 'pad-main');
  const compareDiv = make('div', 'pad-compare');
  const note = make('p', 'pad-note');
  root.append(caption, mainDiv, compareDiv, note);
  parent.append(root);
  let main: Drawn | undefined;
  let compare: Drawn | undefined;
  let queued: PadContent | undefined;
  let running: Promise<void> | undefined;
  const paint = async (content: PadContent) => {
    caption.textContent = content.title;
    root.dataset.state = 'drawing';
    note.textContent = content.note ?? '';
    note.hidden = !content.note;
    const layers = content.main ? [content.main, ...(content.overlay ? [content.overlay] : [])] : [];
    main = await drawLayers(jsroot, mainDiv, main, layers);
    compareDiv.hidden = !content.compare;
    compare = await drawLayers(jsroot, compareDiv, compare, content.compare ? [content.compare, ...(content.level ? [content.level] : [])] : []);
    root.dataset.layers = String(layers.length);
    root.dataset.compare = content.compare ? 'on' : 'off';
    root.dataset.state = content.main ? 'drawn' : 'empty';
  };
  const drain = async () => {
    while (queued) {
      const next = queued;
      queued = undefined;
      await paint(next).catch((error: unknown) => {
        root.dataset.state = 'error';
        onError(error);
      });
    }
    running = undefined;
  };
  return {
    root,
    show(content) {
      queued = content;
      running ??= drain();
      return running;
    },
    dispose() {
      queued = undefined;
      jsroot.cleanup(mainDiv);
      jsroot.cleanup(compareDiv);
      root.remove();
    },
  };
}

/**
 * Draws `layers` (first the histogram, then those drawn over it) into `div`.
 * When the div already shows the same classes with the same options, each
 * painter takes its new object and the pad is redrawn once, in place;
 * otherwise the div is cleared and drawn anew. No layers: the div is cleared.
 */
async function drawLayers(jsroot: Jsroot, div: HTMLElement, drawn: Drawn | undefined, layers: readonly { object: JsrootObject; option: string }[]): Promise<Drawn | undefined> {
  if (layers.length === 0) {
    if (drawn) jsroot.cleanup(div);
    return undefined;
  }
  const signature = layers.map((l) => `${l.object._typename}:${l.option}`).join('|');
  if (drawn && drawn.signature === signature && layers.every((l, i) => drawn.painters[i].updateObject(l.object, l.option))) {
    await drawn.painters[0].redrawPad();
    return drawn;
  }
  jsroot.cleanup(div);
  const painters: ObjectPainter[] = [];
  for (const layer of layers) painters.push(await jsroot.draw(div, layer.object, layer.option));
  return { signature, painters };
}

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}
