import { describe, expect, it } from 'vitest';
import { describeKeys } from '../../../scripts/root-reader/find-tree.js';

const key = (fClassName: string, fName: string) => ({ fClassName, fName, fCycle: 1, fSeekKey: 100, fNbytes: 10 });

describe('describeKeys', () => {
  it('lists class and name of each key, leaving out the StreamerInfo list', () => {
    expect(describeKeys([key('TTree', 'events'), key('TH1F', 'hpx'), key('TList', 'StreamerInfo')])).toBe("TTree 'events', TH1F 'hpx'");
  });

  it('says nothing for an empty directory', () => {
    expect(describeKeys([key('TList', 'StreamerInfo')])).toBe('nothing');
  });
});
