import { describe, expect, it } from 'vitest';
import { histogramMessages as m } from '../../../scripts/histograms/histogram-messages';
import { DEFAULT_HIST_OUT, parseHistArgs } from '../../../scripts/histograms/parse-hist-args';

describe('parseHistArgs', () => {
  it('reads one file per run: globs and histogram paths as comma-separated lists, the default output folder', () => {
    expect(parseHistArgs(['--files', 'qa/*.root, more/*.root', '--run-pattern=(\\d+)\\.root$', '--histograms', 'TPC/*,ITS/**'])).toEqual({
      kind: 'ok',
      args: { source: { kind: 'run-files', files: ['qa/*.root', 'more/*.root'], runPattern: '(\\d+)\\.root$' }, histograms: ['TPC/*', 'ITS/**'], out: DEFAULT_HIST_OUT },
    });
  });

  it('reads one file with one directory per run, --out and --expect-runs', () => {
    expect(parseHistArgs(['--file', 'all.root', '--run-pattern', '^run(\\d+)$', '--histograms', 'hpx', '--out', 'x', '--expect-runs', 'runs.csv'])).toEqual({
      kind: 'ok',
      args: { source: { kind: 'run-directories', file: 'all.root', runPattern: '^run(\\d+)$' }, histograms: ['hpx'], out: 'x', expectRuns: 'runs.csv' },
    });
  });

  it.each([
    [['--bogus'], m.unknownOption('--bogus')],
    [['--files'], m.missingValue('--files')],
    [['--files', 'a', '--file', 'b', '--run-pattern', 'x', '--histograms', 'h'], m.bothSources()],
    [['--run-pattern', 'x', '--histograms', 'h'], m.missingOption('--files or --file')],
    [['--files', 'a', '--histograms', 'h'], m.missingOption('--run-pattern')],
    [['--files', 'a', '--run-pattern', '(\\d+)'], m.missingOption('--histograms')],
  ])('refuses %j with a message naming the problem', (argv, message) => {
    expect(parseHistArgs(argv)).toEqual({ kind: 'bad-args', message });
  });
});
