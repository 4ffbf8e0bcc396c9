import type { Page } from '@playwright/test';

/** A text's box in page pixels, with its text (cut) for messages. */
export interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Per chart card: its box and the boxes of every non-empty SVG text in it (ticks, axis titles, labels). */
export async function chartTextBoxes(page: Page): Promise<{ chart: string; card: TextBox; texts: TextBox[] }[]> {
  return page.locator('[data-chart]').evaluateAll((cards) =>
    cards.map((card) => {
      const box = (node: Element) => {
        const r = node.getBoundingClientRect();
        return { text: (node.textContent ?? '').slice(0, 40), left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      };
      const texts = [...card.querySelectorAll('svg text')].filter((node) => (node.textContent ?? '').trim() !== '' && node.getBoundingClientRect().width > 0);
      return { chart: (card as HTMLElement).dataset.chart ?? '', card: box(card), texts: texts.map(box) };
    }),
  );
}

/** True when two boxes share more than `slack` pixels in both directions. */
export function overlaps(a: TextBox, b: TextBox, slack = 0.5): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > slack && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > slack;
}

/** True when `inner` lies inside `outer` (to `slack` pixels). */
export function inside(inner: TextBox, outer: TextBox, slack = 0.5): boolean {
  return inner.left >= outer.left - slack && inner.right <= outer.right + slack && inner.top >= outer.top - slack && inner.bottom <= outer.bottom + slack;
}

/** Problems of one card's texts: pairs that overlap, texts leaving the card (empty when all is well). */
export function textProblems({ chart, card, texts }: { chart: string; card: TextBox; texts: TextBox[] }): string[] {
  const problems: string[] = [];
  texts.forEach((a, i) => {
    if (!inside(a, card)) problems.push(`${chart}: "${a.text}" leaves the card`);
    for (const b of texts.slice(i + 1)) if (overlaps(a, b)) problems.push(`${chart}: "${a.text}" overlaps "${b.text}"`);
  });
  return problems;
}
