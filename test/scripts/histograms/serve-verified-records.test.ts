import { describe, expect, it } from 'vitest';
import { serveVerifiedRecords } from '../../../scripts/histograms/serve-verified-records';
import { openRootFile } from '../../../scripts/root-reader/open-root-file';
import { readRecordPayload } from '../../../scripts/root-reader/record-payload';
import { writeHistogramFile } from '../../../scripts/root-writer/write-histogram-file';
import { walkRecords } from '../root-writer/file-records';
import { qaFileBytes, qaHistograms } from './qa-fixtures';

describe('serveVerifiedRecords', () => {
  it('makes jsroot decode the verified payload of a compressed record: the same object as its own reading', async () => {
    const bytes = qaFileBytes();
    const record = walkRecords(bytes).find((r) => r.name === 'dcaR')!;
    const own = await (await openRootFile(bytes, 'qa.root')).readObject('TPC/DCA/dcaR');
    const file = (await openRootFile(bytes, 'qa.root')) as any;
    const { payload } = await readRecordPayload(bytes, { file: 'qa.root', object: 'dcaR', seek: record.offset, nbytes: record.nbytes });
    serveVerifiedRecords(file, new Map([[record.offset, payload]]));
    expect(await file.readObject('TPC/DCA/dcaR')).toEqual(own);
  });

  it('decodes exactly the bytes served (a changed cell shows), and leaves other records to jsroot', async () => {
    const bytes = writeHistogramFile(qaHistograms(), { compression: 'none' });
    const record = walkRecords(bytes).find((r) => r.name === 'vertexZ')!;
    const served = record.data.slice();
    new DataView(served.buffer).setFloat64(served.length - 8, 99); // the overflow cell of the TH1D
    const file = (await openRootFile(bytes, 'qa.root')) as any;
    serveVerifiedRecords(file, new Map([[record.offset, served]]));
    expect(Array.from((await file.readObject('vertexZ')).fArray)).toEqual([1, 40, 41, 99]);
    expect(Array.from((await file.readObject('TPC/occupancy')).fArray)).toEqual([0, 5, 6, 7, 1]);
  });
});
