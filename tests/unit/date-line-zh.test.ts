/** A Chinese page's publish time printed by a script from the epoch second it carries (date-line-zh.ts). */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { readScriptedTime } from '../../utils/extract/head/date-line-zh';

const page = (time: string, script = 'var ct = "1659274471";') =>
  parseHtml(`<html><head><script>${script}</script></head><body><h1>标题</h1><em id="publish_time">${time}</em><p>正文。</p></body></html>`)
    .window.document;

describe('the publish time a script prints', () => {
  it('is read from the epoch second when the page shows it relatively', () =>
    expect(readScriptedTime(page('前天'))).toBe('2022-07-31T21:34:31'));
  it('is read when the element waits empty for the script (saved as served)', () =>
    expect(readScriptedTime(page(''))).toBe('2022-07-31T21:34:31'));
  it('is not guessed where the page prints a time of its own', () => expect(readScriptedTime(page('2022-08-02'))).toBe(''));
  it('is not read from a script without the publish-time element', () => {
    const doc = parseHtml('<html><head><script>var ct = "1659274471";</script></head><body><p>正文。</p></body></html>').window.document;
    expect(readScriptedTime(doc)).toBe('');
  });
});
