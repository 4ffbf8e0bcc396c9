/**
 * Where the browser tests' own builds live (`npm run test:e2e` makes them), so
 * that testing never touches a user's public/data/ or dist/: the demo data
 * set and the site built on it.
 */
export const E2E_DATA = process.env.RUNLENS_E2E_DATA ?? 'build/e2e-data';
export const E2E_SITE = process.env.RUNLENS_E2E_SITE ?? 'build/e2e-site';
