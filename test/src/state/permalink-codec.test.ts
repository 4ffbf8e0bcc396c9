import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../scripts/demo/prng';
import { chartClauseValidators } from '../../../src/charts/kinds/registry';
import { kindMessages } from '../../../src/charts/kinds/kind-messages';
import type { FilterClause } from '../../../src/state/filter-store';
import {
  encodeLink,
  MAX_PART_ENTRIES,
  MAX_PART_LENGTH,
  queryValue,
  readLink,
  restoreClauses,
  swapQuotes,
  type ClauseValidator,
  type LinkState,
} from '../../../src/state/permalink-codec';
import { permalinkMessages } from '../../../src/state/permalink-messages';
import { DEFAULT_UI_STATE, type UiState } from '../../../src/state/ui-store';
import { normaliseView } from '../../../src/view/normalise-view';

const view = normaliseView({
  title: 'T',
  charts: [
    { id: 'trend', kind: 'trend', y: 'tpc.meanMIP' },
    { id: 'ncl', kind: 'histogram', x: 'tpc.meanTPCncl' },
    { id: 'period', kind: 'row', x: 'rct.period' },
    { id: 'box', kind: 'scatter', x: 'tpc.meanTPCncl', y: 'tpc.meanMIP' },
  ],
} as never);
const validators = chartClauseValidators(view.charts);

/** A seeded generator (the demo's mulberry32), so a failing case can be replayed. */
const random = mulberry32;

/** Text with characters an address must escape, quotes, `~`, non-ASCII. */
const ODD_TEXT = ['LHC18b', 'a b', 'x&y=z', '100%', '#1', '"quoted"', 'it\'s', 'tilde~', 'π±σ', 'a+b', '{[()]}', ''];

function randomState(next: () => number): LinkState {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  const number = () => (next() - 0.5) * 10 ** Math.floor(next() * 8);
  const pair = () => [number(), number()].sort((a, b) => a - b);
  const clauses: FilterClause[] = [];
  if (next() < 0.7) clauses.push({ chart: 'trend', column: 'run', kind: 'range', lo: 285000 + Math.floor(next() * 100), hi: 290000, closed: true });
  if (next() < 0.7) {
    const [lo, hi] = pair();
    clauses.push({ chart: 'ncl', column: 'tpc.meanTPCncl', kind: 'range', lo, hi, closed: next() < 0.5 });
  }
  if (next() < 0.7) clauses.push({ chart: 'period', column: 'rct.period', kind: 'in', values: [pick(ODD_TEXT), null, pick(ODD_TEXT)] });
  if (next() < 0.7) {
    const [x0, x1] = pair();
    const [y0, y1] = pair();
    clauses.push({ chart: 'box', kind: 'box', x: 'tpc.meanTPCncl', y: 'tpc.meanMIP', x0, x1, y0, y1 });
  }
  const ui: UiState = {
    ...DEFAULT_UI_STATE,
    ...(next() < 0.5 ? { tableSort: { column: pick(['run', 'status', 'tpc.meanMIP']), direction: pick(['asc', 'desc'] as const) } } : {}),
    ...(next() < 0.5 ? { openRun: 285000 + Math.floor(next() * 1000), layout: pick(ODD_TEXT.filter(Boolean)) } : {}),
    ...(next() < 0.5 ? { referenceRun: 285001 } : {}),
    ...(next() < 0.5 ? { axisModes: { trend: pick(['run', 'ordinal', 'time'] as const) } } : {}),
    ...(next() < 0.5 ? { ruleText: pick(ODD_TEXT) } : {}),
  };
  return { view: pick(['tpc-overview', 'tpc-dca']), clauses, ui, initialClauses: [] };
}

/** The query string of a state, as the app writes it into the address. */
function query(state: LinkState): string {
  return `?${encodeLink(state).map(([name, value]) => `${name}=${value}`).join('&')}`;
}

/** What a state reads back as: the view, the clauses the view's validators keep, the UI state. */
function roundTrip(state: LinkState) {
  const link = readLink(new URL(`https://example.org/${query(state)}`).search);
  const restored = link.clauses ? restoreClauses(link.clauses, validators) : { clauses: [...state.initialClauses], dropped: [] };
  return { view: link.view, clauses: restored.clauses, ui: { ...DEFAULT_UI_STATE, ...link.ui }, dropped: [...link.dropped, ...restored.dropped] };
}

describe('encodeLink and readLink', () => {
  it('round-trip 300 random states (clauses of every kind, every UI field, text an address must escape)', () => {
    const next = random(20261202);
    for (let i = 0; i < 300; i++) {
      const state = randomState(next);
      const back = roundTrip(state);
      expect(back).toEqual({ view: state.view, clauses: state.clauses, ui: state.ui, dropped: [] });
    }
  });

  it('write the view, then only what differs from the view\'s start: no f when the clauses are its own, no ui at the defaults', () => {
    const initial: FilterClause[] = [{ chart: 'period', column: 'rct.period', kind: 'in', values: ['Good'] }];
    expect(encodeLink({ view: 'v', clauses: [...initial], ui: DEFAULT_UI_STATE, initialClauses: initial })).toEqual([['view', 'v']]);
    // Cleared starting filters are written as an empty f, so the link does not bring them back.
    expect(encodeLink({ view: 'v', clauses: [], ui: { ...DEFAULT_UI_STATE, openRun: 7 }, initialClauses: initial })).toEqual([
      ['view', 'v'],
      ['f', '{}'],
      ['ui', '{~openRun~:7}'],
    ]);
  });

  it('keep JSON readable in the address: quotes become ~, brackets and colons stay, the rest is percent-encoded', () => {
    const [[, f]] = encodeLink({ view: 'v', clauses: [{ chart: 'trend', column: 'run', kind: 'range', lo: 1, hi: 2, closed: true }], ui: DEFAULT_UI_STATE, initialClauses: [] }).slice(1);
    expect(f).toBe('{~trend~:{~column~:~run~,~kind~:~range~,~lo~:1,~hi~:2,~closed~:true}}');
    expect(queryValue('a b&c=d#e%f+g')).toBe('a%20b%26c%3Dd%23e%25f%2Bg');
    expect(swapQuotes(swapQuotes('{"a~b":"c\\"d"}'))).toBe('{"a~b":"c\\"d"}');
    expect(new URL(`https://x.org/?f=${f}`).search).toBe(`?f=${f}`);
  });

  it('read no f as "the view\'s own filters" and an empty f as "none"', () => {
    expect(readLink('?view=v').clauses).toBeUndefined();
    expect(readLink('?view=v&f={}').clauses).toEqual([]);
    expect(readLink('').view).toBeUndefined();
  });
});

describe('readLink rejects each malformed part and says what it dropped', () => {
  const dropped = (search: string) => readLink(search).dropped;
  it('a part that is not JSON, not an object, or too long is dropped whole', () => {
    expect(dropped('?f={nope')).toEqual([permalinkMessages.notJson('f')]);
    expect(dropped('?ui=[1,2]')).toEqual([permalinkMessages.notObject('ui')]);
    expect(dropped('?f=null')).toEqual([permalinkMessages.notObject('f')]);
    expect(dropped('?f=3')).toEqual([permalinkMessages.notObject('f')]);
    const long = `{~a~:~${'x'.repeat(MAX_PART_LENGTH)}~}`;
    expect(dropped(`?f=${long}`)).toEqual([permalinkMessages.tooLong('f', long.length, MAX_PART_LENGTH)]);
    expect(readLink(`?f=${long}`).clauses).toBeUndefined();
  });

  it('entries beyond the cap are dropped, the first ones kept', () => {
    const body = Object.fromEntries(Array.from({ length: MAX_PART_ENTRIES + 5 }, (_, i) => [`c${i}`, { kind: 'range' }]));
    const link = readLink(`?f=${queryValue(swapQuotes(JSON.stringify(body)))}`);
    expect(link.clauses).toHaveLength(MAX_PART_ENTRIES);
    expect(link.dropped).toEqual([permalinkMessages.tooMany('f', MAX_PART_ENTRIES + 5, MAX_PART_ENTRIES)]);
  });

  it('a clause that is not an object is dropped by its chart id', () => {
    expect(readLink('?f={~trend~:5,~ncl~:{}}')).toMatchObject({
      clauses: [{ chart: 'ncl' }],
      dropped: [permalinkMessages.badClause('trend', permalinkMessages.malformedClause())],
    });
  });

  it('every UI field of the wrong type, and every unknown field, is dropped by name; the good ones kept', () => {
    const ui = {
      tableSort: { column: 'run', direction: 'up' },
      openRun: 1.5,
      layout: 7,
      referenceRun: '285012',
      axisModes: { trend: 'log' },
      ruleText: 'x'.repeat(5000),
      colour: 'red',
      __proto__: 1,
    };
    const text = JSON.stringify(ui).replace('"colour"', '"__proto__":1,"colour"');
    const link = readLink(`?ui=${queryValue(swapQuotes(text))}`);
    expect(link.ui).toEqual({});
    expect(link.dropped).toEqual([
      ...['tableSort', 'openRun', 'layout', 'referenceRun', 'axisModes', 'ruleText'].map(permalinkMessages.badUiField),
      permalinkMessages.unknownUiField('__proto__'),
      permalinkMessages.unknownUiField('colour'),
    ]);
    expect(readLink('?ui={~openRun~:285012,~tableSort~:null}').ui).toEqual({ openRun: 285012, tableSort: null });
  });
});

describe('restoreClauses', () => {
  const candidate = (body: Record<string, unknown>) => readLink(`?f=${queryValue(swapQuotes(JSON.stringify(body)))}`).clauses!;

  it('drops a clause of a chart the view no longer has, of a kind or column that does not fit, or with bad numbers', () => {
    const { clauses, dropped } = restoreClauses(
      candidate({
        gone: { column: 'run', kind: 'range', lo: 1, hi: 2, closed: true },
        trend: { column: 'tpc.meanMIP', kind: 'range', lo: 1, hi: 2, closed: true },
        ncl: { column: 'tpc.meanTPCncl', kind: 'in', values: ['a'] },
        box: { kind: 'box', x: 'tpc.meanTPCncl', y: 'tpc.meanMIP', x0: 1, x1: 2, y0: 3, y1: null },
        period: { column: 'rct.period', kind: 'in', values: ['LHC18b'], extra: 'ignored' },
      }),
      validators,
    );
    expect(clauses).toEqual([{ chart: 'period', column: 'rct.period', kind: 'in', values: ['LHC18b'] }]);
    expect(dropped).toEqual([
      permalinkMessages.unknownChart('gone'),
      permalinkMessages.badClause('trend', kindMessages.wrongColumn('trend', 'tpc.meanMIP', 'run')),
      permalinkMessages.badClause('ncl', kindMessages.wrongClauseKind('ncl', 'in', ['range'])),
      permalinkMessages.badClause('box', permalinkMessages.malformedClause()),
    ]);
  });

  it('refuses reversed ranges and values that are not categories', () => {
    const { dropped } = restoreClauses(
      candidate({
        ncl: { column: 'tpc.meanTPCncl', kind: 'range', lo: 3, hi: 2, closed: true },
        period: { column: 'rct.period', kind: 'in', values: [1] },
        trend: { column: 'run', kind: 'range', lo: '1', hi: 2, closed: true },
      }),
      validators,
    );
    expect(dropped).toEqual(['ncl', 'period', 'trend'].map((chart) => permalinkMessages.badClause(chart, permalinkMessages.malformedClause())));
  });

  it('hands a participant that is not a chart its own clauses: a new clause kind needs no change to the codec', () => {
    // A status-chip participant, as another feature would register it beside the charts' validators.
    const status: ClauseValidator = (c) =>
      Array.isArray(c.values) && c.values.every((v) => ['Warning', 'Outlier'].includes(v as string))
        ? ({ chart: 'status', kind: 'status', values: c.values } as unknown as FilterClause)
        : 'not a list of flags';
    const all = new Map([...validators, ['status', status]]);
    expect(restoreClauses(candidate({ status: { kind: 'status', values: ['Outlier'] } }), all)).toEqual({
      clauses: [{ chart: 'status', kind: 'status', values: ['Outlier'] }],
      dropped: [],
    });
    expect(restoreClauses(candidate({ status: { kind: 'status', values: ['Nice'] } }), all).dropped).toEqual([permalinkMessages.badClause('status', 'not a list of flags')]);
  });
});
