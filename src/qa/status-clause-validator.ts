import { STATUSES } from '../flags/flag-rule';
import { toClause, type FilterClause } from '../state/filter-store';
import { permalinkMessages } from '../state/permalink-messages';

/**
 * The status chips' clause a link holds, or why it cannot be one: a value
 * that is not a run status is named (with the statuses there are), any other
 * misfit (wrong kind, a list that is not of texts) is a malformed clause.
 */
export function statusClauseValidator(candidate: Readonly<Record<string, unknown>>): FilterClause | string {
  const clause = toClause(candidate);
  if (clause?.kind === 'status') return clause;
  const values = candidate.kind === 'status' && Array.isArray(candidate.values) ? candidate.values : [];
  const unknown = values.find((value): value is string => typeof value === 'string' && !(STATUSES as readonly string[]).includes(value));
  return unknown !== undefined ? permalinkMessages.unknownStatus(unknown, STATUSES) : permalinkMessages.malformedClause();
}
