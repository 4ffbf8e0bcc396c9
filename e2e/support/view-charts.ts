import { readFileSync } from 'node:fs';
import type { ChartKindName } from '../../src/charts/kinds/registry';

/** A chart as declared in a view file (only the fields the tests read). */
export interface ViewChart {
  id: string;
  kind: ChartKindName;
  title: string;
  x?: string;
  y?: string;
  /** A row chart's categories selected on opening. */
  selected?: string[];
}

/** A view file as written (only the fields the tests read). */
export interface ViewFile {
  title: string;
  description?: string;
  charts: ViewChart[];
}

/** The parsed views/<name>.json. */
export function viewFile(name: string): ViewFile {
  return JSON.parse(readFileSync(new URL(`../../views/${name}.json`, import.meta.url), 'utf8')) as ViewFile;
}

/** The charts of views/<name>.json. */
export function viewCharts(name: string): ViewChart[] {
  return viewFile(name).charts;
}

/** The view's charts of one kind. */
export function chartsOfKind(name: string, kind: ViewChart['kind']): ViewChart[] {
  return viewCharts(name).filter((chart) => chart.kind === kind);
}
