import { viewSchema } from './generated/view-schema';
import { validate } from './generated/view-validator.js';
import { schemaProblems } from './schema-problems';
import type { ViewProblem } from './view-spec';

/**
 * Every problem of a parsed view file against views/view.schema.json, with
 * Ajv's pre-compiled validator (the same schema `npm run check:views` and the
 * Vite plugin use; no code is generated in the page).
 */
export function validateViewJson(json: unknown): ViewProblem[] {
  return validate(json) ? [] : schemaProblems(validate.errors ?? [], json, viewSchema);
}
