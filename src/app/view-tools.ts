/**
 * What opening a view needs beyond the charts, in a chunk of its own so the
 * first page stays small: the view checker (schema validator and column
 * checks) and the QA runtime (derived variables, flag rules, the QA panel).
 * The app starts loading it together with the data (start-app.ts).
 */
export { prepareView, problemLines } from './prepare-view';
export { qaReadPlan } from '../qa/qa-read-plan';
export { withAliases } from '../qa/with-aliases';
export { createQaState } from '../qa/qa-state';
export { mountQaPanel } from '../qa/mount-qa';
