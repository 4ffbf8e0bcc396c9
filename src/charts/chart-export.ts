import { POINT_COLOURS, type DrawnPoint } from './point-layer';

/**
 * A chart as a standalone image: its SVG (axes, bars, rows, brush) copied
 * with the styles the page gives it written onto each element, and the points
 * a canvas layer draws added as circles, so the file needs neither the page's
 * stylesheets nor the canvas. PNG: that SVG drawn onto a canvas.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Computed styles copied onto every element of an exported SVG, as presentation attributes. */
export const EXPORTED_STYLES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
  'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'visibility', 'display',
] as const;

/** Radius of an exported point (the canvas draws 3-pixel dots). */
const POINT_RADIUS = 1.5;

/** File name of a chart's export: `<view>-<chart id>.<extension>`. */
export function exportFileName(view: string, chart: string, extension: 'png' | 'svg'): string {
  return `${view}-${chart}.${extension}`;
}

/** The chart drawn in `body` (its first SVG) as a standalone SVG element, `points` (SVG coordinates) as circles under the axes. */
export function chartSvg(body: HTMLElement, points: readonly DrawnPoint[] = []): SVGSVGElement {
  const source = body.querySelector('svg');
  if (!source) throw new Error(`chart "${body.closest<HTMLElement>('[data-chart]')?.dataset.chart ?? '?'}" has no SVG to export`);
  const copy = copyWithoutStyles(source) as SVGSVGElement;
  inlineStyles(source, copy);
  const { width, height } = svgSize(source);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('class');
  const background = svgElement('rect', { width: '100%', height: '100%', fill: '#ffffff', class: 'export-background' });
  copy.prepend(background, pointGroup(points));
  return copy;
}

/** The SVG as the text of an .svg file. */
export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** The SVG drawn onto a canvas `ratio` times its size, as PNG. */
export async function svgToPng(svg: SVGSVGElement, ratio: number): Promise<Blob> {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext('2d')!;
    context.scale(ratio, ratio);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the chart as PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Circles for `points`: light ones first, selected (dark) ones over them, as the canvas draws them. */
function pointGroup(points: readonly DrawnPoint[]): SVGGElement {
  const group = svgElement('g', { class: 'points' });
  const ordered = [...points.filter((p) => !p.selected), ...points.filter((p) => p.selected)];
  for (const point of ordered) {
    group.append(
      svgElement('circle', {
        class: point.selected ? 'point selected' : 'point',
        cx: round(point.x),
        cy: round(point.y),
        r: String(POINT_RADIUS),
        fill: point.selected ? POINT_COLOURS.dark : POINT_COLOURS.light,
      }),
    );
  }
  return group;
}

/**
 * A deep copy of `source` without `style` attributes: a clone would carry
 * the styles d3 and dc set, and the site's CSP (style-src 'self') refuses
 * inline styles on new elements. The computed styles are copied instead.
 */
function copyWithoutStyles(source: Element): Element {
  const copy = document.createElementNS(source.namespaceURI, source.localName);
  for (const { name, value } of source.attributes) if (name !== 'style') copy.setAttribute(name, value);
  for (const child of source.childNodes) {
    if (child instanceof Element) copy.append(copyWithoutStyles(child));
    else if (child.nodeType === Node.TEXT_NODE) copy.append(child.textContent ?? '');
  }
  return copy;
}

/** Copies the computed styles of `source` and its descendants onto `copy` (a copy of it, element for element). */
function inlineStyles(source: Element, copy: Element): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  sources.forEach((element, index) => {
    const style = getComputedStyle(element);
    for (const name of EXPORTED_STYLES) {
      const value = style.getPropertyValue(name);
      if (value) copies[index].setAttribute(name, value);
    }
  });
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  return { width: Number(svg.getAttribute('width')) || Math.round(box.width), height: Number(svg.getAttribute('height')) || Math.round(box.height) };
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function round(value: number): string {
  return String(Math.round(value * 100) / 100);
}
