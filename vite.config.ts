import { defineConfig } from 'vite';
import { loadSiteConfig } from './scripts/site/load-site-config';
import { runlensSite } from './scripts/site/vite-plugin-runlens';

/**
 * The site's settings come from runlens.config.json (title, default view,
 * data folder, base path; see CONTRIBUTING.md), overridden by RUNLENS_DATA,
 * RUNLENS_BASE, RUNLENS_SOURCES. The plugin serves or emits site.json, the
 * view files and the data folder; nothing is copied from a public/ folder.
 */
export default defineConfig(() => {
  const site = loadSiteConfig();
  return {
    base: site.base,
    publicDir: false as const,
    plugins: [runlensSite(site)],
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1024,
    },
    server: { fs: { allow: ['.'] } },
    // sql.js is imported only after the first draw (the run panel's database): pre-bundled at start, so the
    // dev server does not discover it then, re-optimise and fail that import ("Failed to fetch dynamically imported module").
    optimizeDeps: { include: ['sql.js'] },
  };
});
