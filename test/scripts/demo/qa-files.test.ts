import { openFile } from 'jsroot';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../scripts/demo/generate-demo';
import { QA_FILES, renderQaFiles, type QaSummary } from '../../../scripts/demo/qa-files';
import { QA_HISTOGRAMS, qaHistograms } from '../../../scripts/demo/qa-histograms';
import { planQaRuns } from '../../../scripts/demo/qa-plan';
import { runValues } from '../../../scripts/demo/qa-run-values';
import type { HistogramSpec } from '../../../scripts/root-writer/write-histogram-file';
import { means2d, moments, profileMean, rowMean } from './qa-stats';

describe('renderQaFiles', () => {
  const demo = generateDemo({ seed: 21, runs: 500 });
  const files = renderQaFiles(demo, 'subset');
  const summary = JSON.parse(new TextDecoder().decode(files[files.length - 1].bytes)) as QaSummary;

  it('renders qa/<run>.root per planned run, then demo-qa.json describing them (make-demo.test.ts checks the bytes stay the same)', () => {
    expect(files[files.length - 1].name).toBe(QA_FILES.summary);
    expect(files.slice(0, -1).map((f) => f.name)).toEqual(summary.files.map((f) => QA_FILES.run(f.run)));
    expect(summary.files.map((f) => f.bytes)).toEqual(files.slice(0, -1).map((f) => f.bytes.length));
    expect(summary.histograms.map((h) => h.path)).toEqual(QA_HISTOGRAMS.map((h) => h.path));
  });

  it('writes files jsroot reads: the histograms of the run, in their directories, missing ones named in the summary', async () => {
    const entry = summary.files.find((f) => f.missing.length > 0) ?? summary.files[0];
    const bytes = files.find((f) => f.name === entry.file)!.bytes;
    const file = await openFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(file.fKeys.map((k: any) => k.fName).filter((n: string) => n !== 'StreamerInfo')).toEqual(
      [...new Set(QA_HISTOGRAMS.filter((h) => !entry.missing.includes(h.path)).map((h) => h.path.split('/')[0]))],
    );
    const present = QA_HISTOGRAMS.filter((h) => !entry.missing.includes(h.path));
    for (const h of present) expect((await file.readObject(h.path))._typename, h.path).toBe(h.type);
  });
});

/** A statistic of the run's histograms that moves with one trending column (test-only, from the cells). */
const STATISTICS: Record<string, (h: Map<string, HistogramSpec>) => number | undefined> = {
  meanTPCncl: (h) => h.has('TPC/nclusters') ? moments(h.get('TPC/nclusters')!).mean : undefined,
  meanTPCnclF: (h) => h.has('TPC/foundOverFindable') ? moments(h.get('TPC/foundOverFindable')!).mean : undefined,
  meanMIP: (h) => h.has('TPC/dEdx_MIP') ? moments(h.get('TPC/dEdx_MIP')!, 30, 65).mean : undefined,
  resolutionMIP: (h) => { const m = h.has('TPC/dEdx_MIP') ? moments(h.get('TPC/dEdx_MIP')!, 30, 65) : undefined; return m && m.rms / m.mean; },
  meanMIPele: (h) => h.has('TPC/dEdx_MIP') ? moments(h.get('TPC/dEdx_MIP')!, 68, 100).mean : undefined,
  resolutionMIPele: (h) => { const m = h.has('TPC/dEdx_MIP') ? moments(h.get('TPC/dEdx_MIP')!, 68, 100) : undefined; return m && m.rms / m.mean; },
  vertX: (h) => h.has('ITS/vertexXY') ? means2d(h.get('ITS/vertexXY')!)[0] : undefined,
  vertY: (h) => h.has('ITS/vertexXY') ? means2d(h.get('ITS/vertexXY')!)[1] : undefined,
  vertZ: (h) => h.has('TPC/vertexZ') ? moments(h.get('TPC/vertexZ')!).mean : undefined,
  meanMult: (h) => h.has('TPC/multiplicity') ? moments(h.get('TPC/multiplicity')!).mean : undefined,
  tpcItsMatchA: (h) => h.has('ITS/tpcItsMatch_vs_eta') ? profileMean(h.get('ITS/tpcItsMatch_vs_eta')!, 0, 1) : undefined,
  tpcItsMatchC: (h) => h.has('ITS/tpcItsMatch_vs_eta') ? profileMean(h.get('ITS/tpcItsMatch_vs_eta')!, -1, 0) : undefined,
  ...Object.fromEntries([0, 1, 2, 3].flatMap((k) => [
    [`dcar[${k}]`, (h: Map<string, HistogramSpec>) => h.has('TPC/DCA/dcaR') ? rowMean(h.get('TPC/DCA/dcaR')!, k + 1) : undefined],
    [`dcaz[${k}]`, (h: Map<string, HistogramSpec>) => h.has('TPC/DCA/dcaZ') ? rowMean(h.get('TPC/DCA/dcaZ')!, k + 1) : undefined],
  ])),
  ...Object.fromEntries([0, 1, 2].map((k) => [`triggerRate[${k}]`, (h: Map<string, HistogramSpec>) => {
    const r = h.get('EVS/triggerRate');
    return r && r.type === 'TH1D' ? r.contents[k + 1] : undefined;
  }])),
  fracPhysSel: (h) => { const s = h.get('EVS/eventSelection'); return s && s.type === 'TH1F' ? s.contents[2] / s.contents[1] : undefined; },
  fracPileup: (h) => { const s = h.get('EVS/eventSelection'); return s && s.type === 'TH1F' ? s.contents[3] / s.contents[1] : undefined; },
};

describe('QA files of the default demo: outlier runs against their reference', () => {
  const demo = generateDemo({ seed: 2018, runs: 3000 });
  const values = runValues(demo);
  const byRun = new Map(values.map((v) => [v.run, v]));
  const plan = planQaRuns(values, demo.truth, 2018);
  const histogramsOf = (run: number) => new Map(qaHistograms(byRun.get(run)!, 2018).map((h) => [h.path, h]));
  const periodOf = (run: number) => byRun.get(run)!.period;

  it('moves every clearly injected outlier (12–25 σ) that a histogram follows at least 3 times further from the reference than the period\'s ordinary runs', () => {
    const clear = demo.truth.outliers.filter((o) => o.severity === 'clear');
    let checked = 0;
    const noHistogram = new Set<string>();
    for (const outlier of clear) {
      const statistic = STATISTICS[outlier.column];
      if (!statistic) {
        noHistogram.add(outlier.column);
        continue;
      }
      const period = periodOf(outlier.run);
      const reference = plan.references.find((r) => r.period === period)!.run;
      const atReference = statistic(histogramsOf(reference))!;
      const atOutlier = statistic(histogramsOf(outlier.run));
      if (atOutlier === undefined) continue; // another value the histogram needs is missing for this run
      const ordinary = plan.runs.filter((r) => r.reasons.includes('sample') && periodOf(r.run) === period)
        .map((r) => statistic(histogramsOf(r.run))).filter((s): s is number => s !== undefined)
        .map((s) => Math.abs(s - atReference)).sort((a, b) => a - b);
      const typical = ordinary[ordinary.length >> 1];
      expect(Math.abs(atOutlier - atReference), `${outlier.column} of run ${outlier.run} (${outlier.sigmas} σ) vs reference ${reference}`).toBeGreaterThan(3 * typical);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(40);
    expect([...noHistogram]).toEqual(['PIDSepPow_comb2']); // a separation power the demo draws independently of the dE/dx peaks
  });
});
