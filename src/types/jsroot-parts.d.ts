/*
 * The few parts of jsroot's sub-modules the histogram layouts use (the
 * package's own types cover only its main entry, which would also pull in
 * three.js): `jsroot/core` (parse, settings) and `jsroot/draw` (draw,
 * cleanup). Loaded by src/layouts/load-jsroot.ts only, on first use.
 */
declare module 'jsroot/core' {
  /** Parses jsroot JSON (expands `$arr` compressed arrays and `$ref` references). */
  export function parse(json: string): unknown;
  export const settings: {
    Latex: number;
    ToolBar: boolean | string;
    ContextMenu: boolean;
    ZoomWheel: boolean;
    CanEnlarge: boolean;
    DragAndDrop: boolean;
    [key: string]: unknown;
  };
  export const constants: { Latex: { Off: number; Symbols: number; Normal: number; MathJax: number; AlwaysMathJax: number } };
  export const gStyle: Record<string, unknown>;
}

declare module 'jsroot/draw' {
  /** A drawn object's painter: update its object in place, then redraw its pad. */
  export interface ObjectPainter {
    updateObject(obj: object, opt?: string): boolean;
    redrawPad(reason?: string): Promise<unknown>;
  }
  export function draw(dom: HTMLElement, obj: object, opt?: string): Promise<ObjectPainter>;
  export function cleanup(dom: HTMLElement): void;
}
