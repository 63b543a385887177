import { describe, expect, it } from 'vitest';
import { isTrustedSender, route, type Handlers } from '../../utils/clipper/router';

const handlers: Handlers = {
  clipTab: async ({ tabId }) => ({ ok: true, value: { clipId: String(tabId), title: 't', created: true, mode: 'article' } }),
  previewOutline: async () => ({ ok: true, value: { outline: [], title: 't' } }),
  scrollToHeading: async ({ occurrence }) => ({ ok: true, value: { found: occurrence === 0 } }),
};
const heading = { tabId: 7, label: '（一）', title: '总体要求', preview: '', occurrence: 0 };

describe('isTrustedSender', () => {
  const origin = 'chrome-extension://abc/';
  it('accepts the extension\'s own pages', () => {
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
    expect(await route(handlers, { type: 'clipTab', data: { tabId: 7, mode: 'article' } }, true)).toMatchObject({ ok: true });
  });
  it('answers outline requests', async () => {
    expect(await route(handlers, { type: 'previewOutline', data: { tabId: 7 } }, true)).toMatchObject({ ok: true, value: { outline: [] } });
    expect(await route(handlers, { type: 'scrollToHeading', data: heading }, true)).toEqual({ ok: true, value: { found: true } });
    expect(await route(handlers, { type: 'scrollToHeading', data: { ...heading, label: null, title: '', preview: '为了规范' } }, true)).toMatchObject({ ok: true });
  });
  it('ignores untrusted senders and unknown messages', async () => {
    expect(await route(handlers, { type: 'clipTab', data: { tabId: 7, mode: 'article' } }, false)).toBeUndefined();
    expect(await route(handlers, { type: 'dropDatabase' }, true)).toBeUndefined();
    expect(await route(handlers, 'hello', true)).toBeUndefined();
  });
  it.each([{ tabId: '7', mode: 'article' }, { tabId: 7, mode: 'everything' }, null])('rejects malformed data %j', async (data) => {
    expect(await route(handlers, { type: 'clipTab', data }, true)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
  it.each([
    { ...heading, tabId: undefined },
    { ...heading, occurrence: -1 },
    { ...heading, occurrence: 1.5 },
    { ...heading, label: 3 },
    { ...heading, title: 'x'.repeat(5000) },
    { tabId: 7, label: '一、', title: '总体要求' },
  ])('rejects a malformed scrollToHeading %#', async (data) => {
    expect(await route(handlers, { type: 'scrollToHeading', data }, true)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
  it('turns a thrown handler error into a value', async () => {
    const boom: Handlers = { ...handlers, clipTab: async () => { throw new Error('boom'); } };
    expect(await route(boom, { type: 'clipTab', data: { tabId: 1, mode: 'article' } }, true)).toMatchObject({ ok: false, error: { message: 'boom' } });
  });
});
