import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { AJV_OPTIONS } from '../../../scripts/schema/ajv-options';
import { generateSchemaFiles, GENERATED } from '../../../scripts/schema/generate-schemas';
import { validate } from '../../../src/view/generated/view-validator.js';

const REPO = new URL('../../../', import.meta.url);
const generated = generateSchemaFiles();
const committed = (path: string) => readFileSync(new URL(path, REPO), 'utf8');

describe('generateSchemaFiles (npm run schema)', () => {
  it.each(generated.map((file) => file.path))('%s is committed exactly as generated from the types (run npm run schema)', (path) => {
    expect(committed(path)).toBe(generated.find((file) => file.path === path)!.text);
  });

  it('writes valid draft-07 schemas with a description on every field', () => {
    const ajv = new Ajv(AJV_OPTIONS);
    for (const path of [GENERATED.viewSchema.path, GENERATED.configSchema.path]) {
      const schema = JSON.parse(committed(path));
      expect(ajv.validateSchema(schema), path).toBe(true);
      const undescribed = Object.entries(schema.definitions as Record<string, { properties?: Record<string, { description?: string }> }>).flatMap(([name, def]) =>
        Object.entries(def.properties ?? {}).filter(([, field]) => !field.description).map(([key]) => `${name}.${key}`),
      );
      expect(undescribed, path).toEqual([]);
    }
  });

  it('pre-compiles a validator that imports nothing, compiles no code at run time, and agrees with Ajv in Node', () => {
    const code = committed(GENERATED.viewValidator.path);
    expect(code).not.toMatch(/\bnew Function\b|\beval\(|\brequire\(|^import /m);
    const node = new Ajv(AJV_OPTIONS).compile(JSON.parse(committed(GENERATED.viewSchema.path)));
    const samples = [
      { $schema: './view.schema.json', charts: [{ id: 'a', kind: 'trend', y: 'v' }] },
      { $schema: './view.schema.json', charts: [{ id: 'a', kind: 'histogram', x: 'v', bins: 501 }] },
      { $schema: './view.schema.json', charts: [{ id: 'a', kind: 'pie' }], extra: 1 },
      { charts: [] },
      'text',
    ];
    for (const sample of samples) {
      expect(validate(sample)).toBe(node(sample));
      expect((validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`)).toEqual((node.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`));
    }
  });
});
