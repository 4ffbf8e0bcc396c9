import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isViewName, readViewFiles } from '../../../scripts/site/read-view-files';
import { withProject, writeViews } from './site-fixtures';

describe('readViewFiles', () => {
  it('reads every *.json but the schema, sorted by name, with paths relative to the project', () =>
    withProject(async (dir) => {
      const views = writeViews(dir, { b: { charts: [] }, a: '{}' });
      writeFileSync(path.join(views, 'view.schema.json'), '{}');
      writeFileSync(path.join(views, 'notes.txt'), 'x');
      const files = readViewFiles(views, dir);
      expect(files.map((f) => [f.name, f.file])).toEqual([
        ['a', path.join('views', 'a.json')],
        ['b', path.join('views', 'b.json')],
      ]);
      expect(files[0].text).toBe('{}');
      expect(readViewFiles(path.join(dir, 'none'), dir)).toEqual([]);
    }));

  it('isViewName accepts names that fit an address', () => {
    expect(isViewName('tpc-overview')).toBe(true);
    expect(isViewName('my view')).toBe(false);
  });
});
