import type { PathSegment } from './json-path';

/** The parts of a JSON Schema node that problem messages read. */
export interface SchemaNode {
  $ref?: string;
  description?: string;
  type?: string;
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  oneOf?: SchemaNode[];
  discriminator?: { propertyName: string };
  definitions?: Record<string, SchemaNode>;
}

/**
 * The schema node describing the value at `segments` inside `data`, following
 * local `$ref`s, `properties`, `items` and a `oneOf` chosen by its
 * discriminator (the value's `kind`); undefined where the schema says nothing.
 * Used for messages and hints, never to decide validity (Ajv does that).
 */
export function schemaAt(root: SchemaNode, data: unknown, segments: readonly PathSegment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolve(root, root, data);
  let value = data;
  for (const segment of segments) {
    if (!node) return undefined;
    const child: SchemaNode | undefined = typeof segment === 'number' ? node.items : node.properties?.[segment];
    value = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[segment] : undefined;
    // A property's own description wins over its referenced type's.
    const resolved = child && resolve(root, child, value);
    node = resolved && child?.description ? { ...resolved, description: child.description } : resolved;
  }
  return node;
}

/** Follows `$ref`s and picks the `oneOf` branch whose discriminator value matches `value`. */
function resolve(root: SchemaNode, node: SchemaNode, value: unknown): SchemaNode | undefined {
  let current: SchemaNode | undefined = node;
  for (let hops = 0; current?.$ref && hops < 16; hops++) current = definition(root, current.$ref);
  if (current?.oneOf && current.discriminator) {
    const tag = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[current.discriminator.propertyName] : undefined;
    const branch = current.oneOf.map((item) => resolve(root, item, value)).find((item) => item?.properties?.[current!.discriminator!.propertyName]?.const === tag);
    return branch ?? current;
  }
  return current;
}

function definition(root: SchemaNode, ref: string): SchemaNode | undefined {
  const match = /^#\/definitions\/([^/]+)$/.exec(ref);
  return match ? root.definitions?.[decodeURIComponent(match[1])] : undefined;
}

/** The values a discriminated `oneOf` accepts for its tag (e.g. the chart kinds), in schema order. */
export function discriminatorValues(root: SchemaNode, node: SchemaNode): unknown[] {
  const tag = node.discriminator?.propertyName;
  if (!tag || !node.oneOf) return [];
  return node.oneOf.map((item) => resolve(root, item, undefined)?.properties?.[tag]?.const);
}
