import { makeSVG, parse } from 'jsroot';
import { describe, expect, it } from 'vitest';
import { readHistogramFile } from '../../../scripts/histograms/read-histogram-file';
import { runHistogramsJson } from '../../../scripts/histograms/run-histograms-json';
import { RUN_HISTOGRAMS_FORMAT } from '../../../src/contract/histogram-contract';
import { qaFileBytes } from './qa-fixtures';

const read = await readHistogramFile(qaFileBytes(), 'qa.root', (objects) => objects);

describe('runHistogramsJson', () => {
  it('writes a RunHistograms document whose histograms JSROOT.parse gives back by path', () => {
    const { text } = runHistogramsJson(295585, read.histograms);
    const doc = parse(text);
    expect([doc.format, doc.run, Object.keys(doc.histograms)]).toEqual([RUN_HISTOGRAMS_FORMAT, 295585, ['TPC/occupancy', 'TPC/DCA/dcaR', 'ITS/match', 'vertexZ']]);
    const occupancy = doc.histograms['TPC/occupancy'];
    expect(Array.from(occupancy.fArray)).toEqual([0, 5, 6, 7, 1]);
    expect(occupancy.fXaxis.fLabels.arr.map((l: any) => l.fString)).toEqual(['A00', 'A01', 'C00']);
    expect(Array.from(doc.histograms['ITS/match'].fBinEntries)).toEqual([0, 10, 10, 0]);
  });

  it('gives each histogram\'s size in bytes, which add up with the document\'s frame to the whole', () => {
    const { text, sizes } = runHistogramsJson(1, read.histograms);
    const frame = `{"format":"${RUN_HISTOGRAMS_FORMAT}","run":1,"histograms":{}}`.length;
    const keys = read.histograms.reduce((n, h) => n + JSON.stringify(h.path).length + 1, 0) + read.histograms.length - 1;
    expect(sizes.reduce((a, b) => a + b, 0) + frame + keys).toBe(Buffer.byteLength(text));
  });

  it('is drawn by jsroot after JSROOT.parse: an SVG with the histogram\'s title and its bin labels', async () => {
    const doc = parse(runHistogramsJson(1, read.histograms).text);
    const svg: string = await makeSVG({ object: doc.histograms['TPC/occupancy'], option: 'hist', width: 400, height: 300 });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('occupancy');
    expect(svg).toContain('C00');
    const svg2: string = await makeSVG({ object: doc.histograms['TPC/DCA/dcaR'], option: '', width: 400, height: 300 });
    expect(svg2).toContain('DCA r');
  }, 60_000);
});
