import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, CSP_DIRECTIVES } from '../../../scripts/site/content-security-policy';

describe('contentSecurityPolicy', () => {
  it('allows only the site itself, and WebAssembly compilation for sql.js: no inline script, no eval, no remote origin', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(policy.split('; ').map((directive) => directive.split(' ')[0])).toEqual(Object.keys(CSP_DIRECTIVES));
  });

  it('carries no directive that a meta tag cannot (Chromium would warn in the console)', () => {
    expect(Object.keys(CSP_DIRECTIVES)).not.toEqual(expect.arrayContaining(['frame-ancestors']));
    for (const name of ['frame-ancestors', 'report-uri', 'sandbox']) expect(contentSecurityPolicy()).not.toContain(name);
  });
});
