/**
 * Serves a data set (see data-set.ts) to one page in place of public/data/:
 * a small HTTP server of its own on a free port, and a route sending every
 * `…/data/<file>` request of the page there (Chromium streams its answers,
 * so a download can stall half-way as on a real network). Closed with the
 * page.
 *
 *   await serveDataSet(page, set.files);                            // as built
 *   await serveDataSet(page, withFile(set.files, 'runlens.sqlite', bytes));
 *   await serveDataSet(page, set.files, { stall: { file: 'runlens.sqlite', afterBytes: 4096 } });
 *   await openDashboard(page);   // or page.goto('./?stallTimeout=2') …
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import type { DataFiles } from './data-set';

/** How the server misbehaves, per file. */
export interface ServeHooks {
  /** Send the first `afterBytes` bytes of `file` (announcing its full length), then nothing, the connection held open. */
  stall?: { file: string; afterBytes: number };
  /** Answer a file with this HTTP status and no body instead. */
  status?: Record<string, number>;
  /** Hold the answer for `file` until `until` settles (a slow file, e.g. to see what the page does meanwhile). */
  hold?: { file: string; until: Promise<unknown> };
}

const TYPES: Record<string, string> = { json: 'application/json', csv: 'text/csv', sqlite: 'application/octet-stream' };

/** Starts serving `files` to `page`; resolves once the route is in place. Returns the names requested, as they come. */
export async function serveDataSet(page: Page, files: DataFiles, hooks: ServeHooks = {}): Promise<string[]> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const name = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname.slice(1));
    requested.push(name);
    if (hooks.hold?.file === name) void hooks.hold.until.finally(() => answer(response, name, files.get(name), hooks));
    else answer(response, name, files.get(name), hooks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  page.once('close', () => {
    server.closeAllConnections();
    server.close();
  });
  await page.route('**/data/**', (route) => {
    // The name inside the set: `runlens.sqlite`, or `cols/3.f64` in its column folder.
    const { pathname } = new URL(route.request().url());
    const name = pathname.slice(pathname.lastIndexOf('/data/') + '/data/'.length);
    // Other folders (hist/) are the site's own, as before.
    if (name.includes('/') && !name.startsWith('cols/')) return route.continue();
    return route.continue({ url: `${origin}/${name}` });
  });
  return requested;
}

function answer(response: ServerResponse, name: string, bytes: Uint8Array | undefined, hooks: ServeHooks): void {
  // The page preloads the column files its own build's default view reads: a set with other columns
  // may lack them, and the app never asks for a file its manifest does not list. Not a 404 in the console.
  if (!bytes && name.startsWith('cols/') && !hooks.status?.[name]) {
    response.writeHead(200, { 'Content-Length': '0', 'Cache-Control': 'no-store' }).end();
    return;
  }
  const status = hooks.status?.[name] ?? (bytes ? 200 : 404);
  if (status !== 200 || !bytes) {
    response.writeHead(status).end();
    return;
  }
  const headers = { 'Content-Type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream', 'Content-Length': String(bytes.length), 'Cache-Control': 'no-store' };
  response.writeHead(200, headers);
  if (hooks.stall?.file === name) response.write(bytes.subarray(0, hooks.stall.afterBytes));
  else response.end(bytes);
}
