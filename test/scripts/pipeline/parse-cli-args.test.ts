import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../scripts/pipeline/parse-cli-args';

describe('parseCliArgs', () => {
  it('defaults to data/sources.json and no output override', () => {
    expect(parseCliArgs([])).toEqual({ ok: true, args: { sources: 'data/sources.json', out: null } });
  });

  it('reads --sources and --out, separate or with =', () => {
    expect(parseCliArgs(['--sources', 's.json', '--out=o'])).toEqual({ ok: true, args: { sources: 's.json', out: 'o' } });
    expect(parseCliArgs(['--out', 'a=b'])).toEqual({ ok: true, args: { sources: 'data/sources.json', out: 'a=b' } });
  });

  it.each([[['--source', 'x']], [['--out']], [['--out', '--sources', 'x']], [['--sources=']], [['extra']]])('rejects %j', (argv) => {
    expect(parseCliArgs(argv)).toEqual({ ok: false, bad: argv[0] });
  });
});
