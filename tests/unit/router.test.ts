import { describe, expect, it } from 'vitest';
import { isTrustedSender, route, senderContext, type Handlers, type SenderContext } from '../../utils/clipper/router';

const handlers: Handlers = {
  clipTab: async ({ tabId }) => ({
    ok: true,
    value: { clipId: String(tabId), title: 't', created: true, mode: 'article', postsLeftOut: 0 },
  }),
  clipAttachment: async ({ noticeId }) => ({
    ok: true,
    value: { clipId: `att-of-${noticeId}`, title: 't', created: true, mode: 'article', postsLeftOut: 0 },
  }),
  previewOutline: async () => ({ ok: true, value: { outline: [], title: 't' } }),
  scrollToHeading: async ({ occurrence }) => ({ ok: true, value: { found: occurrence === 0 } }),
  showHighlights: async () => ({ ok: true, value: { placed: [], missing: [] } }),
  scrollToHighlight: async () => ({ ok: true, value: { found: true } }),
  pageHighlights: async (_, s) => ({ ok: true, value: { clipId: s.kind === 'content' ? s.url : null, outline: [], highlights: [] } }),
  ensurePageClip: async () => ({ ok: true, value: { clipId: 'c', outline: [] } }),
  saveHighlight: async (req, s) => ({
    ok: true,
    value: {
      id: 'h',
      clipId: 'c',
      url: s.kind === 'content' ? s.url : '',
      selectors: req.selectors,
      color: req.color,
      note: req.note,
      createdAt: 1,
      updatedAt: 1,
    },
  }),
  updateHighlight: async () => ({ ok: false, error: { code: 'bad-request', message: 'no' } }),
  deleteHighlight: async () => ({ ok: true, value: { deleted: true } }),
  reportAnchoring: async () => ({ ok: true, value: null }),
  noteHighlight: async (req) => ({ ok: true, value: req.op === 'get' ? null : null }),
  searchLibrary: async () => ({ ok: true, value: { total: 0, hits: [], tookMs: 0 } }),
};
const EXT: SenderContext = { kind: 'extension' };
const PAGE: SenderContext = { kind: 'content', tabId: 3, url: 'https://www.gov.cn/a.htm' };
const selectors = { quote: '河道', prefix: '加强', suffix: '管理', start: 10, end: 12, outlinePath: ['第一章 总则', '第一条'] };
const heading = { tabId: 7, label: '（一）', title: '总体要求', preview: '', occurrence: 0 };

describe('isTrustedSender', () => {
  const origin = 'chrome-extension://abc/';
  it("accepts the extension's own pages", () => {
    expect(isTrustedSender({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, 'abc', origin)).toBe(true);
    expect(isTrustedSender({ id: 'abc', url: 'chrome-extension://abc/popup.html?tab=3', tab: { id: 9 } }, 'abc', origin)).toBe(true);
  });
  it.each([
    [{ id: 'other', url: 'chrome-extension://other/popup.html' }],
    [{ id: 'abc', url: 'https://evil.example/', tab: { id: 3 } }],
    [{ id: 'abc', url: 'chrome-extension://abcd/popup.html' }],
    [{ id: 'abc' }],
  ])('refuses %j', (sender) => expect(isTrustedSender(sender, 'abc', origin)).toBe(false));
});

describe('route', () => {
  it('answers a well-formed request', async () => {
    expect(await route(handlers, { type: 'clipTab', data: { tabId: 7, mode: 'article' } }, EXT)).toMatchObject({ ok: true });
    expect(await route(handlers, { type: 'clipTab', data: { tabId: 7, mode: 'allposts' } }, EXT)).toMatchObject({ ok: true });
  });
  it('answers outline requests', async () => {
    expect(await route(handlers, { type: 'previewOutline', data: { tabId: 7 } }, EXT)).toMatchObject({ ok: true, value: { outline: [] } });
    expect(await route(handlers, { type: 'scrollToHeading', data: heading }, EXT)).toEqual({ ok: true, value: { found: true } });
    expect(
      await route(handlers, { type: 'scrollToHeading', data: { ...heading, label: null, title: '', preview: '为了规范' } }, EXT),
    ).toMatchObject({ ok: true });
  });
  it('ignores untrusted senders and unknown messages', async () => {
    expect(await route(handlers, { type: 'clipTab', data: { tabId: 7, mode: 'article' } }, null)).toBeUndefined();
    expect(await route(handlers, { type: 'dropDatabase' }, EXT)).toBeUndefined();
    expect(await route(handlers, 'hello', EXT)).toBeUndefined();
  });
  it.each([{ tabId: '7', mode: 'article' }, { tabId: 7, mode: 'everything' }, { tabId: 7, mode: 'ALLPOSTS' }, null])(
    'rejects malformed data %j',
    async (data) => {
      expect(await route(handlers, { type: 'clipTab', data }, EXT)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    },
  );
  it.each([
    { ...heading, tabId: undefined },
    { ...heading, occurrence: -1 },
    { ...heading, occurrence: 1.5 },
    { ...heading, label: 3 },
    { ...heading, title: 'x'.repeat(5000) },
    { tabId: 7, label: '一、', title: '总体要求' },
  ])('rejects a malformed scrollToHeading %#', async (data) => {
    expect(await route(handlers, { type: 'scrollToHeading', data }, EXT)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
  it('turns a thrown handler error into a value', async () => {
    const boom: Handlers = {
      ...handlers,
      clipTab: async () => {
        throw new Error('boom');
      },
    };
    expect(await route(boom, { type: 'clipTab', data: { tabId: 1, mode: 'article' } }, EXT)).toMatchObject({
      ok: false,
      error: { message: 'boom' },
    });
  });
});

describe('senderContext', () => {
  const origin = 'chrome-extension://abc/';
  it('tells extension pages from our content script in a web page', () => {
    expect(senderContext({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, 'abc', origin)).toEqual({ kind: 'extension' });
    expect(senderContext({ id: 'abc', url: 'https://www.gov.cn/a.htm', tab: { id: 3 }, frameId: 0 }, 'abc', origin)).toEqual(PAGE);
  });
  it.each([
    [{ id: 'other', url: 'https://www.gov.cn/a.htm', tab: { id: 3 }, frameId: 0 }],
    [{ id: 'abc', url: 'https://www.gov.cn/a.htm', tab: { id: 3 }, frameId: 2 }],
    [{ id: 'abc', url: 'https://www.gov.cn/a.htm' }],
    [{ id: 'abc', url: 'chrome://settings', tab: { id: 3 } }],
    [{ url: 'https://www.gov.cn/a.htm', tab: { id: 3 } }],
  ])('refuses %j', (sender) => expect(senderContext(sender, 'abc', origin)).toBeNull());
});

describe("route: the note frame's message", () => {
  it('is for extension pages (the frame) only: the highlighter in the page cannot read notes through it', async () => {
    expect(await route(handlers, { type: 'noteHighlight', data: { op: 'get', id: 'h1' } }, EXT)).toEqual({ ok: true, value: null });
    expect(await route(handlers, { type: 'noteHighlight', data: { op: 'get', id: 'h1' } }, PAGE)).toBeUndefined();
    expect((await route(handlers, { type: 'noteHighlight', data: { op: 'set', id: 'h1', color: 'red' } }, EXT))?.ok).toBe(false);
    expect((await route(handlers, { type: 'noteHighlight', data: { op: 'drop', id: 'h1' } }, EXT))?.ok).toBe(false);
    expect(await route(handlers, { type: 'noteHighlight', data: { op: 'restore', id: 'h1' } }, EXT)).toEqual({ ok: true, value: null });
    expect(await route(handlers, { type: 'noteHighlight', data: { op: 'restore', id: 'h1' } }, PAGE)).toBeUndefined();
  });
});

describe('route: highlight messages', () => {
  it('accepts highlight messages only from content scripts, and other messages only from extension pages', async () => {
    expect(await route(handlers, { type: 'pageHighlights', data: {} }, PAGE)).toMatchObject({ ok: true, value: { clipId: PAGE.url } });
    expect(await route(handlers, { type: 'pageHighlights', data: {} }, EXT)).toBeUndefined();
    expect(await route(handlers, { type: 'clipTab', data: { tabId: 3, mode: 'article' } }, PAGE)).toBeUndefined();
    expect(await route(handlers, { type: 'showHighlights', data: { tabId: 3 } }, PAGE)).toBeUndefined();
    expect(await route(handlers, { type: 'showHighlights', data: { tabId: 3 } }, EXT)).toMatchObject({ ok: true });
  });
  it('takes the page URL from the sender, not the payload', async () => {
    const r = await route(handlers, { type: 'saveHighlight', data: { selectors, color: 'green', note: '', url: 'https://evil/' } }, PAGE);
    expect(r).toMatchObject({ ok: true, value: { url: PAGE.url, color: 'green' } });
  });
  it.each([
    ['saveHighlight', { selectors, color: 'red', note: '' }],
    ['saveHighlight', { selectors: { ...selectors, quote: '' }, color: 'yellow', note: '' }],
    ['saveHighlight', { selectors: { ...selectors, end: 5 }, color: 'yellow', note: '' }],
    ['saveHighlight', { selectors: { ...selectors, outlinePath: [1] }, color: 'yellow', note: '' }],
    ['saveHighlight', { selectors: { ...selectors, prefix: undefined }, color: 'yellow', note: '' }],
    ['saveHighlight', { selectors, color: 'yellow', note: 'x'.repeat(20_000) }],
    ['updateHighlight', { id: '', note: 'x' }],
    ['updateHighlight', { id: 'h', color: 'black' }],
    ['deleteHighlight', { id: 7 }],
    ['reportAnchoring', { placed: 'h', missing: [] }],
    ['pageHighlights', null],
  ])('rejects a malformed %s', async (type, data) => {
    expect(await route(handlers, { type, data }, PAGE)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
