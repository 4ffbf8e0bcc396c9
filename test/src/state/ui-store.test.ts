import { describe, expect, it } from 'vitest';
import { changedKeys, createUiStore, DEFAULT_UI_STATE, MAX_UI_TEXT, UI_FIELD_CHECKS, type UiKey } from '../../../src/state/ui-store';

describe('createUiStore', () => {
  it('starts from the defaults, with the fields given overriding them', () => {
    expect(createUiStore().get()).toEqual(DEFAULT_UI_STATE);
    expect(createUiStore({ openRun: 285012 }).get()).toEqual({ ...DEFAULT_UI_STATE, openRun: 285012 });
  });

  it('set notifies once with exactly the keys that changed', () => {
    const store = createUiStore();
    const seen: UiKey[][] = [];
    store.subscribe((_, changed) => seen.push([...changed].sort()));
    store.set({ openRun: 7, layout: 'TPC', ruleText: '' });
    store.set({ axisModes: { 'mip-trend': 'ordinal' } });
    expect(seen).toEqual([['layout', 'openRun'], ['axisModes']]);
    expect(store.get().axisModes).toEqual({ 'mip-trend': 'ordinal' });
  });

  it('does not notify when a patch changes nothing, comparing nested plain data by value', () => {
    const store = createUiStore({ tableSort: { column: 'run', direction: 'desc' }, axisModes: { a: 'time' } });
    let calls = 0;
    store.subscribe(() => calls++);
    store.set({ tableSort: { column: 'run', direction: 'desc' }, axisModes: { a: 'time' } });
    store.set({});
    expect(calls).toBe(0);
    store.set({ tableSort: { column: 'run', direction: 'asc' } });
    expect(calls).toBe(1);
  });

  it('reset returns to the defaults and notifies the changed keys; unsubscribe stops notifications', () => {
    const store = createUiStore({ openRun: 1, ruleText: 'x > 1' });
    const seen: UiKey[][] = [];
    const unsubscribe = store.subscribe((_, changed) => seen.push([...changed].sort()));
    store.reset();
    store.reset();
    expect(store.get()).toEqual(DEFAULT_UI_STATE);
    expect(seen).toEqual([['openRun', 'ruleText']]);
    unsubscribe();
    store.set({ openRun: 2 });
    expect(seen).toHaveLength(1);
  });
});

describe('changedKeys', () => {
  it('tells apart key sets of different sizes and null from an object', () => {
    const a = { ...DEFAULT_UI_STATE, axisModes: { x: 'run' as const } };
    const b = { ...DEFAULT_UI_STATE, axisModes: { x: 'run' as const, y: 'time' as const } };
    expect([...changedKeys(a, b)]).toEqual(['axisModes']);
    expect([...changedKeys(DEFAULT_UI_STATE, { ...DEFAULT_UI_STATE, tableSort: { column: 'run', direction: 'asc' } })]).toEqual(['tableSort']);
  });
});

describe('UI_FIELD_CHECKS', () => {
  it('has a check for every field, and every default passes its own check', () => {
    expect(Object.keys(UI_FIELD_CHECKS).sort()).toEqual(Object.keys(DEFAULT_UI_STATE).sort());
    for (const key of Object.keys(DEFAULT_UI_STATE) as UiKey[]) expect(UI_FIELD_CHECKS[key](DEFAULT_UI_STATE[key])).toBe(true);
  });

  it('accepts values of the field\'s type and refuses others', () => {
    expect(UI_FIELD_CHECKS.tableSort({ column: 'status', direction: 'desc' })).toBe(true);
    expect(UI_FIELD_CHECKS.tableSort({ column: 'status', direction: 'desc', x: 1 })).toBe(false);
    expect(UI_FIELD_CHECKS.tableSort({ column: '', direction: 'asc' })).toBe(false);
    expect(UI_FIELD_CHECKS.openRun(285012)).toBe(true);
    expect([1.5, '285012', 2 ** 60, NaN].map(UI_FIELD_CHECKS.openRun)).toEqual([false, false, false, false]);
    expect(UI_FIELD_CHECKS.axisModes({ a: 'ordinal', b: 'time' })).toBe(true);
    expect(UI_FIELD_CHECKS.axisModes({ a: 'log' })).toBe(false);
    expect(UI_FIELD_CHECKS.axisModes(['run'])).toBe(false);
    expect(UI_FIELD_CHECKS.ruleText('x'.repeat(MAX_UI_TEXT))).toBe(true);
    expect(UI_FIELD_CHECKS.ruleText('x'.repeat(MAX_UI_TEXT + 1))).toBe(false);
    expect(UI_FIELD_CHECKS.layout(null)).toBe(true);
    expect(UI_FIELD_CHECKS.layout(3)).toBe(false);
  });
});
