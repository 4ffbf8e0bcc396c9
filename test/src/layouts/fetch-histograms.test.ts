import { parse } from 'jsroot';
import { describe, expect, it } from 'vitest';
import { HISTOGRAM_INDEX_FORMAT, RUN_HISTOGRAMS_FORMAT } from '../../../src/contract/histogram-contract';
import { createHistogramSource } from '../../../src/layouts/fetch-histograms';
import type { Jsroot } from '../../../src/layouts/load-jsroot';

const jsroot = async () => ({ parse }) as unknown as Jsroot;
const runText = (run: number) => JSON.stringify({ format: RUN_HISTOGRAMS_FORMAT, run, histograms: { 'TPC/h': { _typename: 'TH1F', fArray: { $arr: 'Float32', len: 4, p: 1, v: [run, 2] } } } });

function server(files: Record<string, string>) {
  const asked: string[] = [];
  const fetchText = async (url: string) => {
    asked.push(url);
    return files[url] ?? null;
  };
  return { asked, fetchText };
}

describe('createHistogramSource', () => {
  it('parses a run file with jsroot (compressed arrays expanded) and keeps it for the next call', async () => {
    const { asked, fetchText } = server({ 'http://x/data/hist/7.json': runText(7) });
    const source = createHistogramSource('http://x/data/hist/', jsroot, fetchText);
    const first = await source.run(7);
    expect(Array.from(first!.get('TPC/h')!.fArray as Float32Array)).toEqual([0, 7, 2, 0]);
    let arrived = 0;
    expect(await source.run(7, () => arrived++)).toBe(first);
    expect([asked, arrived]).toEqual([['http://x/data/hist/index.json', 'http://x/data/hist/7.json'], 1]); // no index: every run is asked for
  });

  it('does not fetch a run the index does not list', async () => {
    const index = JSON.stringify({ format: HISTOGRAM_INDEX_FORMAT, paths: [], runs: [{ run: 7, bytes: 1 }], totals: { runs: 1, histograms: 0, bytes: 1 } });
    const { asked, fetchText } = server({ 'http://x/h/index.json': index, 'http://x/h/7.json': runText(7), 'http://x/h/8.json': runText(8) });
    const source = createHistogramSource('http://x/h/', jsroot, fetchText);
    expect(await source.run(8)).toBeNull();
    expect((await source.run(7))?.size).toBe(1);
    expect(asked).toEqual(['http://x/h/index.json', 'http://x/h/7.json']);
  });

  it('gives null for a run without a file and for a data set without an index', async () => {
    const source = createHistogramSource('http://x/hist/', jsroot, server({}).fetchText);
    expect([await source.run(1), await source.index()]).toEqual([null, null]);
  });

  it('refuses a file of another format, naming it', async () => {
    const source = createHistogramSource('http://x/hist/', jsroot, server({ 'http://x/hist/1.json': '{"format":"x"}' }).fetchText);
    await expect(source.run(1)).rejects.toThrow(`http://x/hist/1.json is not of format ${RUN_HISTOGRAMS_FORMAT}`);
    const other = createHistogramSource('http://x/hist/', jsroot, server({ 'http://x/hist/index.json': '{"format":"y"}' }).fetchText);
    await expect(other.index()).rejects.toThrow(`http://x/hist/index.json is not of format ${HISTOGRAM_INDEX_FORMAT}`);
  });

  it('keeps the six runs used last, fetching an older one again', async () => {
    const files = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`http://x/h/${i}.json`, runText(i)]));
    const { asked, fetchText } = server(files);
    const source = createHistogramSource('http://x/h/', jsroot, fetchText);
    for (let i = 0; i < 8; i++) await source.run(i);
    await source.run(7);
    await source.run(0);
    expect(asked.filter((u) => u.endsWith('/0.json'))).toHaveLength(2);
    expect(asked.filter((u) => u.endsWith('/7.json'))).toHaveLength(1);
  });
});
