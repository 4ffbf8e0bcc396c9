import { downloadBlob } from '../app/download-file';
import type { ChartCard } from './chart-card';
import type { DrawnPoint } from './point-layer';

/** What an export reads when a button is pressed: the view's name and the chart's points on canvas, if any. */
export interface ExportSource {
  view: string;
  chart: string;
  title: string;
  points(): readonly DrawnPoint[];
}

/** PNG pixels per CSS pixel of the chart (sharp on high-density screens and in print). */
const PNG_RATIO = 2;

/**
 * Adds "PNG" and "SVG" download buttons to the card's tools. A failed export
 * goes to `onError` (the page shows it), never into the console alone.
 */
export function addExportButtons(card: ChartCard, source: ExportSource, onError: (error: unknown) => void): void {
  const svgButton = button('SVG', `Download ${source.title} as SVG`);
  const pngButton = button('PNG', `Download ${source.title} as PNG`);
  // The export code is a chunk of its own, loaded on the first click (the first page stays small).
  svgButton.addEventListener('click', () => {
    import('./chart-export')
      .then(({ chartSvg, exportFileName, svgText }) => {
        const text = svgText(chartSvg(card.body, source.points()));
        downloadBlob(exportFileName(source.view, source.chart, 'svg'), new Blob([text], { type: 'image/svg+xml' }));
      })
      .catch(onError);
  });
  pngButton.addEventListener('click', () => {
    import('./chart-export')
      .then(async ({ chartSvg, exportFileName, svgToPng }) => downloadBlob(exportFileName(source.view, source.chart, 'png'), await svgToPng(chartSvg(card.body, source.points()), PNG_RATIO)))
      .catch(onError);
  });
  card.tools.append(pngButton, svgButton);
}

function button(text: string, label: string): HTMLButtonElement {
  const node = document.createElement('button');
  node.type = 'button';
  node.className = 'chart-export';
  node.textContent = text;
  node.title = label;
  node.setAttribute('aria-label', label);
  return node;
}
