import { PERIOD_COLUMN } from '../charts/run-summary';
import type { ColumnMeta } from '../contract/data-contract';
import type { ReadRequest } from '../data/typed-table';
import type { qaReadPlan as QaReadPlan } from '../qa/qa-read-plan';
import { viewReadPlan } from './check-view-columns';
import type { ViewSpec } from './view-spec';

/**
 * Every column a view reads, and how: its charts' (viewReadPlan), what its
 * aliases, rules and table need (`qaReadPlan`, passed in so the app can keep
 * the QA code in a chunk of its own), and the period column when the data
 * has one (tooltips and the run panel name it). Used by the app to read the
 * view and by the site build to preload the default view's column files.
 */
export function viewReadRequests(view: ViewSpec, columns: readonly ColumnMeta[], qaReadPlan: typeof QaReadPlan): ReadRequest[] {
  const plan = viewReadPlan(view);
  for (const request of view.qa ? qaReadPlan(view.qa, columns) : []) {
    if (!plan.some((r) => r.name === request.name && r.readAs === request.readAs)) plan.push(request);
  }
  const needsPeriod = columns.some((column) => column.name === PERIOD_COLUMN) && !plan.some((r) => r.name === PERIOD_COLUMN);
  return needsPeriod ? [...plan, { name: PERIOD_COLUMN, readAs: 'categorical' }] : plan;
}
