import { defineConfig } from 'vite';

// Relative base so the same build works on GitHub Pages under /<repo>/ and locally.
export default defineConfig({
  base: './',
  resolve: {
    // dc's UMD build drags in all of d3; its ES sources import only the d3 modules they use.
    alias: [{ find: /^dc$/, replacement: 'dc/src/index.js' }],
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 1024 },
  server: { fs: { allow: ['.'] } },
});
