import { describe, expect, it } from 'vitest';
import { siteMessages } from '../../../scripts/site/site-messages';

describe('siteMessages', () => {
  it('name the file and say what to do', () => {
    expect(siteMessages.configInvalid('c.json', ['$.a: x', '$.b: y'])).toBe('c.json has 2 problems (see runlens.config.schema.json):\n  $.a: x\n  $.b: y');
    expect(siteMessages.noData('build/x')).toMatch(/^no data set in build\/x .*npm run build:data/);
    expect(siteMessages.unknownDefaultView('v', 'c.json', [])).toBe('c.json: defaultView "v" is not a view (views: none)');
  });
});
