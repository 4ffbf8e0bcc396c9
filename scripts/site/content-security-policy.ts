/**
 * The site's Content-Security-Policy, put into index.html as a meta tag by
 * the Vite plugin (GitHub Pages sends no headers of ours). Everything comes
 * from the site itself; no inline script, no eval: only WebAssembly
 * compilation for sql.js ('wasm-unsafe-eval'). Styles are the bundled
 * stylesheets; d3 and dc set element styles through the CSSOM, which CSP
 * allows. jsroot (the histogram layouts, src/layouts/) needs nothing more as
 * configured there (no toolbar, context menu or GUI, LaTeX as symbols): its
 * drawing sets styles through the CSSOM too, and e2e/layouts.spec.ts checks
 * that opening layouts logs no CSP violation. jsroot's GUI parts inject
 * <style> elements: using them would need `style-src-elem` with those
 * styles' hashes, never a script relaxation.
 * Directives a meta tag cannot carry (frame-ancestors, report-uri, sandbox)
 * are left out: Chromium warns about them in the console.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
} as const;

/** The policy as one header or meta value. */
export function contentSecurityPolicy(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
