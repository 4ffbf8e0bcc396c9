import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseSourcesFile } from '../pipeline/load-sources-file';
import { DEFAULT_SOURCES_FILE } from '../pipeline/parse-cli-args';
import { problemLine, sortProblems } from '../../src/view/check-view';
import type { SchemaNode } from '../../src/view/schema-at';
import { schemaProblems } from '../../src/view/schema-problems';
import { AJV_OPTIONS } from '../schema/ajv-options';
import type { SiteConfigFile } from './site-config';
import { siteMessages } from './site-messages';

/** runlens.config.json with defaults filled in and paths made absolute. */
export interface SiteConfig {
  /** The config file read, or undefined when there is none (all defaults). */
  file: string | undefined;
  title: string;
  defaultView: string;
  /** The sources file `npm start` and `npm run build:site` build. */
  sources: string;
  /** The data folder the site serves at <base>data/. */
  data: string;
  /** Vite's base: "./" or "/path/". */
  base: string;
  /** The view files' folder. */
  views: string;
}

export const SITE_DEFAULTS = { title: 'RunLens — run-by-run QA', defaultView: 'tpc-overview', base: './' } as const;
export const CONFIG_FILE = 'runlens.config.json';
/** runlens.config.schema.json, beside this project's package.json. */
const CONFIG_SCHEMA = fileURLToPath(new URL('../../runlens.config.schema.json', import.meta.url));
const BASE_PATTERN = /^(\.\/|\/([^/?#]+\/)*)$/;

/**
 * Reads the site config of the project at `root` (runlens.config.json, or the
 * file RUNLENS_CONFIG names), validates it against runlens.config.schema.json
 * and applies the environment's RUNLENS_SOURCES, RUNLENS_DATA and RUNLENS_BASE.
 * Without a `data` folder, the site serves the sources file's output folder.
 * Throws an Error whose message lists every problem of the file.
 */
export function loadSiteConfig(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const named = env.RUNLENS_CONFIG ? path.resolve(root, env.RUNLENS_CONFIG) : undefined;
  const file = named ?? path.join(root, CONFIG_FILE);
  if (named && !existsSync(named)) throw new Error(siteMessages.configMissing(named));
  const json = existsSync(file) ? readConfig(file) : {};
  const dir = existsSync(file) ? path.dirname(file) : root;
  const sources = env.RUNLENS_SOURCES ? path.resolve(root, env.RUNLENS_SOURCES) : path.resolve(dir, json.sources ?? DEFAULT_SOURCES_FILE);
  const data = env.RUNLENS_DATA ? path.resolve(root, env.RUNLENS_DATA) : json.data ? path.resolve(dir, json.data) : outputOf(sources);
  const base = env.RUNLENS_BASE ?? json.base ?? SITE_DEFAULTS.base;
  if (!BASE_PATTERN.test(base)) throw new Error(siteMessages.badBase(base, env.RUNLENS_BASE ? 'RUNLENS_BASE' : file));
  return {
    file: existsSync(file) ? file : undefined,
    title: json.title ?? SITE_DEFAULTS.title,
    defaultView: json.defaultView ?? SITE_DEFAULTS.defaultView,
    sources,
    data,
    base,
    views: path.join(root, 'views'),
  };
}

/** The output folder a sources file names (its `output`, default ../public/data beside it). */
export function outputOf(sourcesFile: string): string {
  return parseSourcesFile(readFileSync(sourcesFile, 'utf8'), sourcesFile).output;
}

function readConfig(file: string): SiteConfigFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(siteMessages.configNotJson(file, (error as Error).message));
  }
  const configSchema = JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8')) as SchemaNode;
  const validate = new Ajv(AJV_OPTIONS).compile(configSchema);
  if (!validate(json)) {
    const problems = schemaProblems(validate.errors ?? [], json, configSchema);
    throw new Error(siteMessages.configInvalid(file, sortProblems(problems).map(problemLine)));
  }
  return json as SiteConfigFile;
}
