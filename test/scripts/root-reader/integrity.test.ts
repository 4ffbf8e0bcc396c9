import { describe, expect, it } from 'vitest';
import { summarizeIntegrity, toUnverified, type CheckedData } from '../../../scripts/root-reader/integrity.js';
import { readMessages } from '../../../scripts/root-reader/read-messages.js';

const info: CheckedData = { kind: 'record', name: 'StreamerInfo', bytes: 3000, unverified: [] };
const tree: CheckedData = { kind: 'record', name: "TTree 't'", bytes: 2000, unverified: [] };
const basket = (bytes: number, unverified: CheckedData['unverified'] = []): CheckedData => ({ kind: 'basket', name: 'b', bytes, unverified });

describe('summarizeIntegrity and toUnverified', () => {
  it('counts every basket and data byte read; nothing unverified gives no TreeTable.unverified', () => {
    const summary = summarizeIntegrity([info, tree, basket(100), basket(200)]);
    expect(summary).toEqual({ baskets: 2, basketsUnverified: 0, bytes: 5300, bytesUnverified: 0, byCause: {}, recordsUnverified: [] });
    expect(toUnverified(summary)).toBeUndefined();
  });

  it('adds up the unverified bytes by cause and names the records; a basket kept in the record counts as a basket of 0 bytes', () => {
    const checked = [
      { ...info, unverified: [{ cause: 'zstd' as const, bytes: 2900 }] },
      tree,
      basket(100, [{ cause: 'uncompressed', bytes: 100 }]),
      basket(200, [{ cause: 'zstd', bytes: 150 }, { cause: 'legacy CS', bytes: 50 }]),
      basket(0, [{ cause: 'uncompressed', bytes: 0 }]),
      basket(400),
    ];
    const summary = summarizeIntegrity(checked);
    expect(summary).toEqual({
      baskets: 4, basketsUnverified: 3, bytes: 5700, bytesUnverified: 3200,
      byCause: { zstd: 3050, uncompressed: 100, 'legacy CS': 50 }, recordsUnverified: ['StreamerInfo'],
    });
    expect(toUnverified(summary)).toEqual({
      baskets: 3, basketsRead: 4, bytes: 3200, bytesRead: 5700,
      detail: readMessages.unverified(summary, [['uncompressed', 100], ['zstd', 3050], ['legacy CS', 50]]),
    });
  });
});
