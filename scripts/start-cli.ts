import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseOptions } from './cli/parse-args';
import { loadSiteConfig, outputOf } from './site/load-site-config';

/** What `npm start` runs: the data build, then the dev server serving that build's output. */
export interface StartPlan {
  sources: string;
  /** The data folder built and served. */
  data: string;
  /** `--out` for build:data, when the folder is not the sources file's own output. */
  out: string | undefined;
  host: string;
  port: string;
}

export const START_USAGE =
  'usage: npm start -- [--sources FILE] [--out DIR] [--host 127.0.0.1] [--port 5173]   (or RUNLENS_SOURCES=FILE npm start; default: the site config’s sources, the demo)';

/**
 * The plan for `npm start` (and `npm run build:site`): the sources file from
 * `--sources`, else RUNLENS_SOURCES, else the site config's (the demo,
 * data/sources.json). A sources file given on the command line or in the
 * environment is built into its own output folder (or `--out`); the config's
 * sources into the config's data folder. That folder is what the site
 * serves, so the demo is never built over a user's data set.
 */
export function planStart(argv: readonly string[], root: string, env: NodeJS.ProcessEnv): { ok: true; plan: StartPlan } | { ok: false; message: string } {
  const parsed = parseOptions(argv, ['--sources', '--out', '--host', '--port']);
  if (parsed.kind !== 'ok') return { ok: false, message: `npm start: bad argument ${parsed.arg}\n${START_USAGE}` };
  const given = parsed.values.get('--sources') ?? env.RUNLENS_SOURCES;
  const site = loadSiteConfig(root, given ? { ...env, RUNLENS_SOURCES: given } : env);
  const out = parsed.values.get('--out');
  const data = out ? path.resolve(root, out) : given ? outputOf(site.sources) : site.data;
  const own = outputOf(site.sources);
  return {
    ok: true,
    plan: { sources: site.sources, data, out: data === own ? undefined : data, host: parsed.values.get('--host') ?? '127.0.0.1', port: parsed.values.get('--port') ?? '5173' },
  };
}

/** The two commands of a plan, as [command, args, extra environment]. */
export function startCommands(plan: StartPlan): { build: [string, string[]]; serve: [string, string[], Record<string, string>] } {
  const build = ['tsx', 'scripts/build-data.ts', '--sources', plan.sources, ...(plan.out ? ['--out', plan.out] : [])];
  // --host and --port first: .ci/run stops a leftover dev server by matching "vite --host 127.0.0.1 --port 5173".
  const serve = ['vite', '--host', plan.host, '--port', plan.port, '--configLoader', 'runner'];
  return { build: ['npx', build], serve: ['npx', serve, { RUNLENS_DATA: plan.data, RUNLENS_SOURCES: plan.sources, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }] };
}

/** Runs a command with the terminal attached; resolves to its exit code (signals forwarded while it runs). */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward).off('SIGTERM', forward);
      resolve(code ?? (signal ? 128 + 15 : 1));
    });
  });
}
