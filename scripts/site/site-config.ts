/*
 * runlens.config.json as a maintainer writes it: the single source of
 * runlens.config.schema.json (`npm run schema`). Every field is optional.
 */

/**
 * The site's settings: title, default view, where its data comes from and the
 * base path it is served under. Paths are relative to this file. Environment
 * variables override them: RUNLENS_SOURCES, RUNLENS_DATA, RUNLENS_BASE (and
 * RUNLENS_CONFIG names another config file).
 */
export interface SiteConfigFile {
  /** This schema, for editors: `"./runlens.config.schema.json"`. */
  $schema?: './runlens.config.schema.json';
  /**
   * The site's title (the browser tab and the page header). Default: "RunLens — run-by-run QA".
   * @minLength 1
   */
  title?: string;
  /**
   * The view opened when the address names none: a file name in `views/` without `.json`. Default: "tpc-overview".
   * @pattern ^[A-Za-z0-9][A-Za-z0-9_-]*$
   */
  defaultView?: string;
  /**
   * The sources file `npm start` and `npm run build:site` build (see scripts/pipeline/README.md). Default: "data/sources.json", the demo.
   * @minLength 1
   */
  sources?: string;
  /**
   * The data folder the site serves under `<base>data/` (`npm run dev`, `npm run build`). Default: the output folder of `sources`.
   * @minLength 1
   */
  data?: string;
  /**
   * Where the site is served: "./" (relative, works under any path) or an absolute path such as "/<repo>/" for a GitHub project page. Default: "./".
   * @pattern ^(\./|/([^/?#]+/)*)$
   */
  base?: string;
}
