import viewSchema from '../../views/view.schema.json';
import { validate } from './generated/view-validator.js';
import type { SchemaNode } from './schema-at';
import { schemaProblems } from './schema-problems';
import type { ViewProblem } from './view-spec';

/**
 * Every problem of a parsed view file against views/view.schema.json, with
 * Ajv's pre-compiled validator (the same schema `npm run check:views` and the
 * Vite plugin use; no `new Function` in the page).
 */
export function validateViewJson(json: unknown): ViewProblem[] {
  return validate(json) ? [] : schemaProblems(validate.errors ?? [], json, viewSchema as SchemaNode);
}
