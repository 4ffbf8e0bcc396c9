import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { DataManifest } from '../../src/contract/data-contract';
import { E2E_DATA } from './e2e-paths';

/** Makes the site answer views/<name>.json with `body` (an object is sent as JSON with `$schema` first). */
export function serveView(page: Page, name: string, body: object | string): Promise<unknown> {
  const text = typeof body === 'string' ? body : JSON.stringify({ $schema: './view.schema.json', ...body });
  return page.route(new RegExp(`/views/${name}\\.json$`), (route) => route.fulfill({ contentType: 'application/json', body: text }));
}

/** The manifest of the tests' data set (the columns the app lists beside a view's problems). */
export function e2eManifest(): DataManifest {
  return JSON.parse(readFileSync(path.join(E2E_DATA, 'manifest.json'), 'utf8')) as DataManifest;
}
