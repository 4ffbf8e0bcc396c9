import { select } from 'd3';
import { fitText, type FitMemo } from './fit-text';
import { visibleText } from './visible-text';

/**
 * Sets `node`'s text to `text` made visible (visibleText) and cut with `…` to
 * `maxWidth` pixels as the page measures it; a cut text keeps the whole in a
 * <title> child (its tooltip; not with `withTitle` false, where the text's
 * parent has one) and in `data-full-text`. `fit` is fitText or a chart's
 * memoFitText (labels redrawn on every brush step are measured once).
 */
export function setFittedText(node: SVGTextElement, text: string, maxWidth: number, withTitle = true, fit: FitMemo = fitText, wholeWidth?: number): void {
  const shown = visibleText(text);
  const measure = (candidate: string) => {
    if (candidate === shown && wholeWidth !== undefined) return wholeWidth;
    node.textContent = candidate;
    return node.getComputedTextLength();
  };
  const fitted = fit(shown, Math.max(0, maxWidth), measure);
  node.textContent = fitted;
  if (fitted !== shown) {
    node.dataset.fullText = text;
    if (withTitle) select(node).append('title').text(shown);
  } else delete node.dataset.fullText;
}

/**
 * setFittedText for many labels at once, laid out once: every label is
 * written whole first and then measured (the first reading lays the page
 * out, the others find it laid out), and only the labels that do not fit
 * are cut, one by one. Fitting them one after the other would lay the page
 * out once per label (each write undoes the layout the next reading needs).
 * Labels `fit` already knows (a memoFitText) are not measured at all.
 */
export function setFittedTexts(labels: readonly { node: SVGTextElement; text: string; maxWidth: number }[], withTitle: boolean, fit: FitMemo): void {
  const unknown = labels.flatMap(({ node, text, maxWidth }) => {
    const shown = visibleText(text);
    return fit.known?.(shown, Math.max(0, maxWidth)) === undefined ? [{ node, shown }] : [];
  });
  for (const { node, shown } of unknown) node.textContent = shown;
  const widths = new Map(unknown.map(({ node }) => [node, node.getComputedTextLength()]));
  for (const { node, text, maxWidth } of labels) setFittedText(node, text, maxWidth, withTitle, fit, widths.get(node));
}

/**
 * Keeps an axis's end tick labels inside the plot: the first is anchored at
 * its start, the last at its end (so `1e308` at the right edge is not cut).
 */
export function anchorEndTicks(axis: SVGGElement | null): void {
  if (!axis) return;
  const texts = select(axis).selectAll<SVGTextElement, unknown>('.tick text');
  const count = texts.size();
  texts.attr('text-anchor', (_d, i) => (count > 1 && i === 0 ? 'start' : count > 1 && i === count - 1 ? 'end' : 'middle'));
}
