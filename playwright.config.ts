import { defineConfig } from '@playwright/test';
import { E2E_DATA, E2E_SITE } from './e2e/support/e2e-paths';
import { portFromEnv } from './e2e/support/free-port';

/** Flags for Debian's Chromium in a closed sandbox (no background network, no GPU). */
export const chromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// Ports of their own, never 4173/5173: a developer's `npm start` (5173) or
// `npm run preview` (4173) may be running in the same clone. Set
// RUNLENS_E2E_PREVIEW_PORT / RUNLENS_E2E_DEV_PORT to choose them.
const previewPort = await portFromEnv('RUNLENS_E2E_PREVIEW_PORT');
const devPort = await portFromEnv('RUNLENS_E2E_DEV_PORT');
const PREVIEW = `http://127.0.0.1:${previewPort}/`;
const DEV = `http://127.0.0.1:${devPort}/`;

/**
 * Two servers: `vite preview` of the production build (what GitHub Pages
 * serves; every journey runs there), and the dev server `npm start` runs
 * (the start-up journey runs there too). Both serve the tests' own demo
 * build (build/e2e-data/, site in build/e2e-site/, made by `npm run
 * test:e2e`), never a user's public/data/ or dist/.
 */
const env = { ...process.env, RUNLENS_DATA: E2E_DATA, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } as Record<string, string>;
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [
    { name: 'preview', use: { baseURL: PREVIEW } },
    { name: 'dev', use: { baseURL: DEV }, testMatch: 'start.spec.ts' },
  ],
  webServer: [
    {
      command: `npx vite preview --configLoader runner --outDir ${E2E_SITE} --host 127.0.0.1 --port ${previewPort} --strictPort`,
      url: PREVIEW,
      env,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    { command: `npx vite --configLoader runner --host 127.0.0.1 --port ${devPort} --strictPort`, url: DEV, env, reuseExistingServer: false, timeout: 60_000 },
  ],
});
