import path from 'node:path';
import { parseOptions } from './cli/parse-args';
import { checkViewFiles } from './site/check-view-files';
import { formatViewReport, summaryLine } from './site/format-view-report';
import { loadSiteConfig } from './site/load-site-config';
import { loadViewData } from './site/load-view-data';
import { readViewFiles } from './site/read-view-files';
import { siteMessages } from './site/site-messages';

/** Exit codes of `npm run check:views`. */
export const CHECK_EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export interface CheckViewsIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The project folder (runlens.config.json, views/). */
  root: string;
  env: NodeJS.ProcessEnv;
}

export const CHECK_USAGE = 'usage: npm run check:views -- [--views DIR] [--data DIR]   (defaults: views/ and the site config’s data folder)';

/**
 * `npm run check:views`: checks every view file against the schema and against
 * the built data, and the site config's default view; prints every problem of
 * every file (path, message, hint) and returns the exit code.
 */
export async function runCheckViews(argv: readonly string[], io: CheckViewsIo): Promise<number> {
  const parsed = parseOptions(argv, ['--views', '--data']);
  if (parsed.kind !== 'ok') {
    io.err(`check:views: bad argument ${parsed.arg}`);
    io.err(CHECK_USAGE);
    return CHECK_EXIT.usage;
  }
  let config;
  try {
    config = loadSiteConfig(io.root, io.env);
  } catch (error) {
    io.err(`check:views: ${(error as Error).message}`);
    return CHECK_EXIT.usage;
  }
  const viewsDir = path.resolve(io.root, parsed.values.get('--views') ?? config.views);
  const dataDir = path.resolve(io.root, parsed.values.get('--data') ?? config.data);
  const loaded = await loadViewData(dataDir).catch((error: Error) => error);
  if (loaded instanceof Error || !loaded) {
    io.err(`check:views: ${loaded instanceof Error ? loaded.message : siteMessages.noData(path.relative(io.root, dataDir) || dataDir)}`);
    return CHECK_EXIT.usage;
  }
  try {
    const files = readViewFiles(viewsDir, io.root);
    const reports = checkViewFiles(files, loaded.data);
    const lines = formatViewReport(reports);
    const names = files.map((file) => file.name);
    const configProblem = names.includes(config.defaultView) ? undefined : siteMessages.unknownDefaultView(config.defaultView, config.file ?? 'the default site config', names);
    for (const line of lines) io.out(line);
    if (configProblem) io.out(configProblem);
    io.out(summaryLine(reports, `against ${path.relative(io.root, loaded.manifestFile)}`));
    return lines.length || configProblem ? CHECK_EXIT.problems : CHECK_EXIT.ok;
  } finally {
    loaded.close();
  }
}
