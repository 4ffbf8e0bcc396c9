import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../../scripts/bench/static-server';

const app = mkdtempSync(join(tmpdir(), 'runlens-srv-app-'));
const data = mkdtempSync(join(tmpdir(), 'runlens-srv-data-'));
writeFileSync(join(app, 'index.html'), '<title>app</title>');
writeFileSync(join(app, 'secret.txt'), 'app');
writeFileSync(join(data, 'manifest.json'), '{"runs":3}');
const started = serveStatic([{ prefix: '/data/', dir: data }, { prefix: '/', dir: app }]);
afterAll(async () => (await started).server.close());

describe('serveStatic', () => {
  it('answers from the first matching mount, with index.html for a folder', async () => {
    const { url } = await started;
    expect(await (await fetch(url)).text()).toBe('<title>app</title>');
    const res = await fetch(new URL('data/manifest.json', url));
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ runs: 3 });
  });

  it('answers 404 for a missing file and for paths escaping the folder', async () => {
    const { url } = await started;
    expect((await fetch(new URL('data/nope.json', url))).status).toBe(404);
    // An encoded slash survives URL normalisation and would step out of the data folder.
    expect((await fetch(new URL('data/..%2Fsecret.txt', url))).status).toBe(404);
  });
});
