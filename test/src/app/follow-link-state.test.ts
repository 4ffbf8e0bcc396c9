import { describe, expect, it } from 'vitest';
import { linkHref } from '../../../src/app/follow-link-state';
import { readLink } from '../../../src/state/permalink-codec';
import { DEFAULT_UI_STATE } from '../../../src/state/ui-store';

describe('linkHref', () => {
  const state = { view: 'tpc-dca', clauses: [], ui: { ...DEFAULT_UI_STATE, openRun: 285012 }, initialClauses: [] };

  it('puts the permalink\'s parameters first and keeps the others (e.g. stallTimeout), replacing an older link\'s', () => {
    const href = linkHref('https://x.org/runlens/?stallTimeout=5&view=tpc-overview&f={}&ui={}#top', state);
    expect(href).toBe('https://x.org/runlens/?view=tpc-dca&ui={~openRun~:285012}&stallTimeout=5#top');
    expect(readLink(new URL(href).search)).toEqual({ view: 'tpc-dca', clauses: undefined, ui: { openRun: 285012 }, dropped: [] });
  });
});
