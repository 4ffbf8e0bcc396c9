import { describe, expect, it } from 'vitest';
import { parseFileHeader, rootVersionText } from '../../../scripts/root-reader/file-header.js';
import { RootReadError } from '../../../scripts/root-reader/root-read-error.js';

function header(fields: { version: number; end: number; compress: number; seekInfo: number; nbytesInfo: number }, big = false): Uint8Array {
  const bytes = new Uint8Array(100);
  const view = new DataView(bytes.buffer);
  bytes.set([0x72, 0x6f, 0x6f, 0x74]);
  view.setInt32(4, fields.version + (big ? 1_000_000 : 0));
  view.setInt32(8, 100);
  if (big) {
    view.setBigUint64(12, BigInt(fields.end));
    view.setInt32(41, fields.compress);
    view.setBigUint64(45, BigInt(fields.seekInfo));
    view.setInt32(53, fields.nbytesInfo);
  } else {
    view.setUint32(12, fields.end);
    view.setInt32(33, fields.compress);
    view.setUint32(37, fields.seekInfo);
    view.setInt32(41, fields.nbytesInfo);
  }
  return bytes;
}

const FIELDS = { version: 62004, end: 80766, compress: 104, seekInfo: 63150, nbytesInfo: 17430 };

describe('parseFileHeader', () => {
  it('reads the small header form', () => {
    expect(parseFileHeader(header(FIELDS), 'f.root')).toEqual({ ...FIELDS, begin: 100 });
  });

  it('reads the big header form (version + 1000000, 8-byte seeks)', () => {
    const big = { ...FIELDS, end: 3_000_000_000, seekInfo: 2_999_000_000 };
    expect(parseFileHeader(header(big, true), 'f.root')).toEqual({ ...big, begin: 100 });
  });

  it('throws not-root for bytes without the magic', () => {
    expect(() => parseFileHeader(new TextEncoder().encode('run,value'), 'a.csv')).toThrow(RootReadError);
    const error = (() => {
      try {
        return parseFileHeader(new Uint8Array(200), 'zeros.root');
      } catch (e) {
        return e as RootReadError;
      }
    })();
    expect(error).toMatchObject({ kind: 'not-root', file: 'zeros.root', object: 'file header' });
  });

  it('throws truncated for a header shorter than 100 bytes, giving both sizes', () => {
    const short = header(FIELDS).subarray(0, 60);
    expect(() => parseFileHeader(short, 'f.root')).toThrow('needs at least 100 bytes but has 60');
  });
});

describe('rootVersionText', () => {
  it('formats major.minor/patch with two-digit minor and patch', () => {
    expect([62004, 60804, 53002, 61901, 63501].map(rootVersionText)).toEqual(['6.20/04', '6.08/04', '5.30/02', '6.19/01', '6.35/01']);
  });
});
