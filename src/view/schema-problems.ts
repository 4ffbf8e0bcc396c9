import type { ErrorObject } from 'ajv';
import { closestNames } from './closest-names';
import { pointerSegments, toJsonPath, type PathSegment } from './json-path';
import { discriminatorValues, schemaAt, type SchemaNode } from './schema-at';
import { viewHints, viewMessages } from './view-messages';
import type { ViewProblem } from './view-spec';

/**
 * Ajv's errors for `data` as view problems: the JSON path of the value at
 * fault (for an unknown or missing key, the key itself), a message from
 * view-messages.ts, and a hint (the closest known key, or the field's
 * description from the schema).
 */
export function schemaProblems(errors: readonly ErrorObject[], data: unknown, schema: SchemaNode): ViewProblem[] {
  return errors.map((error) => toProblem(error, data, schema));
}

function toProblem(error: ErrorObject, data: unknown, schema: SchemaNode): ViewProblem {
  const at = pointerSegments(error.instancePath, data);
  const node = schemaAt(schema, data, at);
  const params = error.params as Record<string, unknown>;
  const described = (segments: PathSegment[], message: string, target = schemaAt(schema, data, segments)) =>
    problem(segments, message, target?.description);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys(node?.properties ?? {});
      const near = closestNames(key, known, 1);
      return problem([...at, key], viewMessages.unknownKey(known), near.length ? viewHints.didYouMean(near) : viewHints.removeKey());
    }
    case 'required': {
      const key = String(params.missingProperty);
      return problem([...at, key], viewMessages.missingKey(), node?.properties?.[key]?.description);
    }
    case 'discriminator': {
      const kinds = node ? discriminatorValues(schema, node) : [];
      return problem([...at, String(params.tag)], viewMessages.oneOf(kinds), viewHints.kinds(kinds));
    }
    case 'type':
      return described(at, viewMessages.wrongType(String(params.type)));
    case 'const':
      return described(at, viewMessages.mustEqual(params.allowedValue));
    case 'enum':
      return described(at, viewMessages.oneOf(params.allowedValues as unknown[]));
    case 'minimum':
      return described(at, viewMessages.atLeast(Number(params.limit)));
    case 'maximum':
      return described(at, viewMessages.atMost(Number(params.limit)));
    case 'minLength':
      return described(at, viewMessages.notEmpty());
    case 'pattern':
      return described(at, viewMessages.badPattern(String(params.pattern)));
    case 'minItems':
      return described(at, viewMessages.tooFewItems(Number(params.limit)));
    case 'maxItems': {
      const count = Array.isArray(valueAt(data, at)) ? (valueAt(data, at) as unknown[]).length : 0;
      return problem(at, viewMessages.tooManyItems(count, Number(params.limit)), viewHints.splitView());
    }
    case 'uniqueItems':
      return described(at, viewMessages.repeatedItem(Number(params.j), Number(params.i)));
    default:
      return described(at, viewMessages.otherRule(error.keyword));
  }
}

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  return segments.reduce<unknown>((node, segment) => (node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[segment] : undefined), data);
}

function problem(segments: readonly PathSegment[], message: string, hint?: string): ViewProblem {
  return hint ? { kind: 'view-problem', path: toJsonPath(segments), message, hint } : { kind: 'view-problem', path: toJsonPath(segments), message };
}
