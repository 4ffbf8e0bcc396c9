import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { SITE_FILES, VIEW_NAME_PATTERN } from '../../src/view/site-index';
import { formatViewReport } from './format-view-report';
import { contentSecurityPolicy } from './content-security-policy';
import { preloadLinks } from './preload-links';
import type { SiteConfig } from './load-site-config';
import { checkViewText } from '../../src/view/check-view';
import { viewReadRequests } from '../../src/view/view-read-requests';
import { qaReadPlan } from '../../src/qa/qa-read-plan';
import { loadViewData, type LoadedViewData } from './load-view-data';
import { readViewFiles } from './read-view-files';
import { checkSite, siteIndexOf, type SiteReport } from './site-report';
import { siteMessages } from './site-messages';

const TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.sqlite': 'application/octet-stream',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The site around the app: serves (dev) or emits (build) site.json, the view
 * files as JSON under views/, the data folder under data/ and the rest of
 * public/ (e.g. public/hist/, but never public/data/) at the base; sets the
 * page title and, in the build, the Content-Security-Policy meta tag.
 * A broken view fails `vite build` (every problem listed, file by file) and,
 * in the dev server, shows in the terminal and the error overlay; a view file
 * changed in the dev server reloads the page.
 */
export function runlensSite(site: SiteConfig, root: string = process.cwd(), publicDir: string = path.join(root, 'public')): Plugin {
  let config: ResolvedConfig;
  let report: SiteReport | undefined;
  /** The default view's column files, when the build has the data and the view fits it (preloaded by the page). */
  let columnPreloads: string[] = [];
  return {
    name: 'runlens-site',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      // After Vite's own pass: the bundle (and the wasm's hashed name) is known.
      order: 'post',
      handler(html, context) {
        const titled = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(site.title)}</title>`);
        if (context.server) return titled;
        const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`;
        const head = [meta, ...preloadLinks(columnPreloads)].join('\n    ');
        return titled.replace(/(<meta charset="[^"]*" ?\/?>)/i, `$1\n    ${head}`);
      },
    },
    async buildStart() {
      if (config.command !== 'build') return;
      report = checkSite(site, root);
      const broken = formatViewReport(report.reports);
      if (broken.length || report.configProblem) this.error([...broken, ...(report.configProblem ? [report.configProblem] : [])].join('\n'));
      const loaded = await loadViewData(site.data);
      if (!loaded) return this.warn(siteMessages.noData(site.data));
      try {
        const misfits = formatViewReport(checkSite(site, root, loaded.data).reports);
        if (misfits.length) this.warn(`views that do not fit the data in ${site.data}:\n${misfits.join('\n')}`);
        columnPreloads = defaultViewColumnFiles(site, root, loaded);
      } finally {
        loaded.close();
      }
    },
    generateBundle() {
      const reports = report ?? checkSite(site, root);
      this.emitFile({ type: 'asset', fileName: SITE_FILES.index, source: JSON.stringify(siteIndexOf(site, reports.reports)) });
      for (const file of readViewFiles(site.views, root)) {
        if (VIEW_NAME_PATTERN.test(file.name)) this.emitFile({ type: 'asset', fileName: SITE_FILES.view(file.name), source: file.text });
      }
    },
    writeBundle(options) {
      const outDir = options.dir ?? config.build.outDir;
      // public/ is copied as Vite would, but for public/data/ (a user's data set, served only when it is the site's data folder).
      if (existsSync(publicDir)) cpSync(publicDir, outDir, { recursive: true, filter: (from) => !isPublicData(from, publicDir) });
      if (existsSync(site.data)) cpSync(site.data, path.join(outDir, 'data'), { recursive: true, filter: (from) => !path.basename(from).startsWith('.') });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (!url.startsWith(server.config.base)) return next();
        if (!serveSiteFile(site, root, publicDir, decodeURIComponent(url.slice(server.config.base.length)), res)) next();
      });
      watchViews(site, root, server);
    },
  };
}

/** The column files the site's default view reads first ([] when it does not fit the data): what the page preloads. */
function defaultViewColumnFiles(site: SiteConfig, root: string, loaded: LoadedViewData): string[] {
  const file = readViewFiles(site.views, root).find((view) => view.name === site.defaultView);
  const checked = file && checkViewText(file.text, { columns: loaded.data.columns });
  if (!checked?.view) return [];
  const names = new Set(['run', ...viewReadRequests(checked.view, loaded.data.columns, qaReadPlan).map((request) => request.name)]);
  return loaded.columnFiles.filter((entry) => names.has(entry.column)).map((entry) => entry.name);
}

/** Answers a dev-server request for site.json, views/<name>.json, data/<file> or a file of public/; false when it is none of them. */
function serveSiteFile(site: SiteConfig, root: string, publicDir: string, file: string, res: ServerResponse): boolean {
  if (file === SITE_FILES.index) {
    return send(res, 'application/json', JSON.stringify(siteIndexOf(site, checkSite(site, root).reports)));
  }
  const view = /^views\/([^/]+)\.json$/.exec(file);
  if (view && VIEW_NAME_PATTERN.test(view[1])) {
    const found = readViewFiles(site.views, root).find((entry) => entry.name === view[1]);
    return found ? send(res, 'application/json', found.text) : false;
  }
  const [dir, absolute] = file.startsWith('data/') ? [site.data, path.resolve(site.data, file.slice('data/'.length))] : [publicDir, path.resolve(publicDir, file)];
  if (dir === publicDir && isPublicData(absolute, publicDir)) return false;
  if (!absolute.startsWith(dir + path.sep) || !existsSync(absolute) || !statSync(absolute).isFile()) return false;
  res.writeHead(200, { 'content-type': TYPES[path.extname(absolute)] ?? 'application/octet-stream', 'content-length': statSync(absolute).size, 'cache-control': 'no-cache' });
  createReadStream(absolute).pipe(res);
  return true;
}

/** public/data and its staging folders: a data set, never copied or served as a plain public file. */
function isPublicData(file: string, publicDir: string): boolean {
  const relative = path.relative(publicDir, file).split(path.sep)[0];
  return relative === 'data' || relative.startsWith('.data-');
}

function send(res: ServerResponse, type: string, body: string): true {
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
  return true;
}

/** Checks the views when the dev server starts and whenever a view file changes: problems go to the terminal and the overlay, a good change reloads the page. */
function watchViews(site: SiteConfig, root: string, server: ViteDevServer): void {
  const check = async (changed?: string) => {
    const loaded = await loadViewData(site.data).catch(() => undefined);
    try {
      const { reports, configProblem } = checkSite(site, root, loaded?.data);
      const lines = [...formatViewReport(reports.filter((r) => !changed || r.file === changed)), ...(configProblem ? [configProblem] : [])];
      if (lines.length) {
        server.config.logger.warn(lines.join('\n'), { timestamp: true });
        if (changed) server.ws.send({ type: 'error', err: { message: lines.join('\n'), stack: '', id: changed, plugin: 'runlens-site' } });
      } else if (changed) server.ws.send({ type: 'full-reload', path: '*' });
    } finally {
      loaded?.close();
    }
  };
  server.watcher.add(site.views);
  server.watcher.on('all', (event, file) => {
    if (path.dirname(file) !== site.views || !file.endsWith('.json')) return;
    const relative = path.relative(root, file);
    void check(event === 'unlink' ? undefined : relative).then(() => event === 'unlink' && server.ws.send({ type: 'full-reload', path: '*' }));
  });
  void check();
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
