import { CHART_KEYS, CHART_KINDS, DEFAULT_BINS, VIEW_KEYS, type ChartKind, type ChartSpec, type ViewProblem, type ViewSpec } from './view-spec';
import { viewMessages } from './view-messages';

type Json = Record<string, unknown>;
const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

/**
 * Normalises a parsed view file: fills defaults (title = variable name,
 * bins = 40, description = '') and collects every problem with its JSON path.
 * Returns the view only when there is no problem.
 */
export function toViewSpec(json: unknown): { view?: ViewSpec; problems: ViewProblem[] } {
  const problems: ViewProblem[] = [];
  if (!isObject(json)) {
    report(problems, '$', viewMessages.notObject());
    return { problems };
  }
  checkKeys(json, VIEW_KEYS, '$', problems);
  const title = optionalString(json, 'title', '$', problems) ?? 'Untitled view';
  const description = optionalString(json, 'description', '$', problems) ?? '';
  const charts = toCharts(json.charts, problems);
  return problems.length ? { problems } : { view: { title, description, charts }, problems };
}

function toCharts(list: unknown, problems: ViewProblem[]): ChartSpec[] {
  if (!Array.isArray(list)) {
    report(problems, '$.charts', viewMessages.notList());
    return [];
  }
  if (list.length === 0) report(problems, '$.charts', viewMessages.emptyList());
  const firstPathOfId = new Map<string, string>();
  const charts: ChartSpec[] = [];
  list.forEach((item, index) => {
    const path = `$.charts[${index}]`;
    const chart = toChart(item, path, problems);
    if (!chart) return;
    const first = firstPathOfId.get(chart.id);
    if (first) report(problems, `${path}.id`, viewMessages.duplicateId(chart.id, first));
    else firstPathOfId.set(chart.id, path);
    charts.push(chart);
  });
  return charts;
}

function toChart(item: unknown, path: string, problems: ViewProblem[]): ChartSpec | undefined {
  if (!isObject(item)) {
    report(problems, path, viewMessages.notObject());
    return undefined;
  }
  const before = problems.length;
  const id = requiredString(item, 'id', path, problems);
  if (id !== undefined && !ID_PATTERN.test(id)) report(problems, `${path}.id`, viewMessages.badId());
  const kind = item.kind;
  if (!CHART_KINDS.includes(kind as ChartKind)) {
    report(problems, `${path}.kind`, viewMessages.badKind(CHART_KINDS));
    return undefined;
  }
  checkKeys(item, CHART_KEYS[kind as ChartKind], path, problems);
  const chart = toChartOfKind(kind as ChartKind, item, path, problems);
  return problems.length === before && id !== undefined ? chart : undefined;
}

function toChartOfKind(kind: ChartKind, item: Json, path: string, problems: ViewProblem[]): ChartSpec | undefined {
  const id = String(item.id);
  if (kind === 'trend') {
    if (item.x !== undefined && item.x !== 'run') report(problems, `${path}.x`, viewMessages.badTrendX());
    const y = requiredString(item, 'y', path, problems) ?? '';
    return { id, kind, x: 'run', y, title: optionalString(item, 'title', path, problems) ?? y };
  }
  const x = requiredString(item, 'x', path, problems) ?? '';
  const title = optionalString(item, 'title', path, problems);
  if (kind === 'histogram') return { id, kind, x, bins: toBins(item.bins, `${path}.bins`, problems), title: title ?? x };
  if (kind === 'row') return { id, kind, x, title: title ?? x };
  const y = requiredString(item, 'y', path, problems) ?? '';
  return { id, kind, x, y, title: title ?? `${y} vs ${x}` };
}

function toBins(value: unknown, path: string, problems: ViewProblem[]): number {
  if (value === undefined) return DEFAULT_BINS;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 500) return value;
  report(problems, path, viewMessages.badBins());
  return DEFAULT_BINS;
}

function requiredString(item: Json, key: string, path: string, problems: ViewProblem[]): string | undefined {
  const value = item[key];
  if (typeof value === 'string' && value.length > 0) return value;
  report(problems, `${path}.${key}`, viewMessages.notString());
  return undefined;
}

function optionalString(item: Json, key: string, path: string, problems: ViewProblem[]): string | undefined {
  return item[key] === undefined ? undefined : requiredString(item, key, path, problems);
}

/** Reports each key of `item` that is not in `allowed`. */
function checkKeys(item: Json, allowed: readonly string[], path: string, problems: ViewProblem[]): void {
  for (const key of Object.keys(item)) {
    if (!allowed.includes(key)) report(problems, `${path}.${key}`, viewMessages.unknownKey(allowed));
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function report(problems: ViewProblem[], path: string, message: string): void {
  problems.push({ kind: 'view-problem', path, message });
}
