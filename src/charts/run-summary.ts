import type { ColumnMeta } from '../contract/data-contract';
import type { CategoryValue } from '../data/typed-table';
import { isMissingValue, valueText } from '../panel/value-text';
import type { RunDescription } from './chart-view';

/** One line of a run's summary; `missing` when its value is missing (shown styled). */
export interface SummaryLine {
  text: string;
  missing?: boolean;
}

/** What a point's tooltip tells about its run. */
export interface RunSummaryInput {
  run: number;
  /** Category columns of the view (period first), with this run's value. */
  categories: readonly { name: string; value: CategoryValue }[];
  /** The chart's variables, with this run's value (NaN: missing). */
  values: readonly { name: string; value: number }[];
  columns: ReadonlyMap<string, ColumnMeta>;
  /** The run's status from the flag rules, when a status provider is given. */
  description?: RunDescription;
}

/**
 * The tooltip's lines: `run 285208`, each category (`rct.period: LHC18b`),
 * each variable with its title and unit (`tpc.meanMIP (mean dE/dx …): 52.1 [cm]`),
 * then `status: Outlier` and one line per finding. Values exact (valueText).
 */
export function runSummaryLines({ run, categories, values, columns, description }: RunSummaryInput): SummaryLine[] {
  const lines: SummaryLine[] = [{ text: `run ${run}` }];
  for (const { name, value } of categories) lines.push(value === null ? { text: `${name}: ${valueText(null)}`, missing: true } : { text: `${name}: ${value}` });
  for (const { name, value } of values) {
    const meta = columns.get(name);
    const title = meta?.title && meta.title !== name ? ` (${meta.title})` : '';
    const unit = meta?.unit && !isMissingValue(value) ? ` ${meta.unit}` : '';
    lines.push({ text: `${name}${title}: ${valueText(value)}${unit}`, missing: isMissingValue(value) || undefined });
  }
  if (description) {
    lines.push({ text: `status: ${description.status}` });
    for (const finding of description.findings) lines.push({ text: `· ${finding}` });
  }
  return lines;
}

/** The lines as one sentence for screen readers (`run 285208; rct.period: LHC18b; …`). */
export function summarySentence(lines: readonly SummaryLine[]): string {
  return lines.map((line) => line.text).join('; ');
}

/** The column naming a run's period in the demo's run-condition source; tooltips read it when the data has it. */
export const PERIOD_COLUMN = 'rct.period';

/** Category columns a tooltip lists, by name: PERIOD_COLUMN first when among them, the others in their order. */
export function summaryCategories(names: Iterable<string>): string[] {
  const list = [...names].filter((name) => name !== 'run');
  return list.includes(PERIOD_COLUMN) ? [PERIOD_COLUMN, ...list.filter((name) => name !== PERIOD_COLUMN)] : list;
}
