import { describe, expect, it, vi } from 'vitest';
import { previewOutline, scrollTabToHeading } from '../../utils/clipper/outline-tab';
import type { OutlineEntry } from '../../utils/model';
import { makePage } from '../helpers/page';

const outline: OutlineEntry[] = [{ level: 1, label: '一、', title: '总体要求', preview: '坚持稳中求进', anchor: 'cm-h-1' }];
const request = { label: '一、', title: '总体要求', preview: '', occurrence: 0 };

describe('previewOutline', () => {
  it('returns the extracted outline and title', async () => {
    const inject = vi.fn(async () => ({ ok: true, value: makePage({ outline }) }));
    const r = await previewOutline({ getTabUrl: async () => 'https://www.gov.cn/a.htm', inject }, 3);
    expect(r).toEqual({ ok: true, value: { outline, title: '国务院关于某事项的通知' } });
    expect(inject).toHaveBeenCalledWith(3, 'article');
  });

  it('passes on why a page cannot be read, without injecting into browser pages', async () => {
    const inject = vi.fn(async () => null);
    expect(await previewOutline({ getTabUrl: async () => 'chrome://newtab', inject }, 3)).toMatchObject({
      ok: false,
      error: { code: 'not-injectable' },
    });
    expect(inject).not.toHaveBeenCalled();
    const noArticle = async () => ({ ok: false, error: { code: 'no-article', message: 'No article was found' } });
    expect(await previewOutline({ getTabUrl: async () => 'https://a.cn/', inject: noArticle }, 3)).toMatchObject({
      ok: false,
      error: { code: 'no-article' },
    });
  });
});

describe('scrollTabToHeading', () => {
  it('hands the request to the locate script and returns whether the heading was found', async () => {
    const locate = vi.fn(async () => ({ ok: true, value: { found: true } }));
    expect(await scrollTabToHeading({ getTabUrl: async () => 'https://a.cn/', locate }, 4, request)).toEqual({
      ok: true,
      value: { found: true },
    });
    expect(locate).toHaveBeenCalledWith(4, request);
    const missing = async () => ({ ok: true, value: { found: false } });
    expect(await scrollTabToHeading({ getTabUrl: async () => 'https://a.cn/', locate: missing }, 4, request)).toEqual({
      ok: true,
      value: { found: false },
    });
  });

  it('explains a refused injection and a missing answer', async () => {
    const refused = async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    };
    const r = await scrollTabToHeading({ getTabUrl: async () => undefined, locate: refused }, 4, request);
    expect(r).toMatchObject({ ok: false, error: { code: 'not-injectable' } });
    if (!r.ok) expect(r.error.message).toMatch(/toolbar button/);
    expect(await scrollTabToHeading({ getTabUrl: async () => 'https://a.cn/', locate: async () => undefined }, 4, request)).toMatchObject({
      ok: false,
      error: { code: 'injection-failed' },
    });
    const gone = async () => {
      throw new Error('No tab with id: 4');
    };
    expect(
      await scrollTabToHeading({ getTabUrl: gone, locate: async () => ({ ok: true, value: { found: true } }) }, 4, request),
    ).toMatchObject({ ok: false, error: { code: 'no-tab' } });
  });
});
