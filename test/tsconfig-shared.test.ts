/**
 * tsconfig.shared.json type-checks the code shared by the build and the
 * browser without DOM or Node types (npm run typecheck runs it), so a stray
 * `document` or `fs` in those folders fails. This pins that configuration.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync(new URL('../tsconfig.shared.json', import.meta.url), 'utf8'));
const scripts = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts;

describe('tsconfig.shared.json', () => {
  it('has ES2022 only, no ambient types, and covers contract, expr, stats, flags and text', () => {
    expect(config.compilerOptions).toEqual({ lib: ['ES2022'], types: [] });
    expect(config.include).toEqual(['src/contract', 'src/expr', 'src/stats', 'src/flags', 'src/text']);
  });
  it('is part of npm run typecheck', () => {
    expect(scripts.typecheck).toContain('-p tsconfig.shared.json');
  });
});
