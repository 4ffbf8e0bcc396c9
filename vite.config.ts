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
    resolve: {
      // dc's UMD build drags in all of d3; its ES sources import only the d3 modules they use.
      alias: [{ find: /^dc$/, replacement: 'dc/src/index.js' }],
    },
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1024,
      // dc's index imports every chart kind (and with them d3-geo, d3-hierarchy…); the charts and
      // mixins have no side effects, so the kinds the app does not use (all but bar and row) are left out.
      rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => (/\/node_modules\/dc\/src\/(charts|base)\//.test(id) ? false : undefined) } },
    },
    server: { fs: { allow: ['.'] } },
  };
});
