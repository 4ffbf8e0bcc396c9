import { describe, expect, it } from 'vitest';
import { markerText, newSetId, parseMarker } from '../../../scripts/pipeline/set-marker';

describe('newSetId / markerText / parseMarker', () => {
  it('makes distinct 32-digit hex ids that read back from their marker text', () => {
    const ids = Array.from({ length: 50 }, newSetId);
    expect(new Set(ids).size).toBe(50);
    for (const id of ids) expect(parseMarker(markerText(id))).toBe(id);
  });

  it.each(['', 'abc', `${'a'.repeat(32)}\n\n`, 'A'.repeat(32), `${'a'.repeat(31)}g`, `${'a'.repeat(33)}`])('rejects %j as a marker', (text) => {
    expect(parseMarker(text)).toBeNull();
  });
});
