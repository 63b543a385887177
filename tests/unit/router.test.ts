import { describe, expect, it } from 'vitest';
import { isTrustedSender, route, type Handlers } from '../../utils/clipper/router';

const handlers: Handlers = { clipTab: async ({ tabId }) => ({ ok: true, value: { clipId: String(tabId), title: 't', created: true, mode: 'article' } }) };

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
  it('ignores untrusted senders and unknown messages', async () => {
    expect(await route(handlers, { type: 'clipTab', data: { tabId: 7, mode: 'article' } }, false)).toBeUndefined();
    expect(await route(handlers, { type: 'dropDatabase' }, true)).toBeUndefined();
    expect(await route(handlers, 'hello', true)).toBeUndefined();
  });
  it.each([{ tabId: '7', mode: 'article' }, { tabId: 7, mode: 'everything' }, null])('rejects malformed data %j', async (data) => {
    expect(await route(handlers, { type: 'clipTab', data }, true)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
  it('turns a thrown handler error into a value', async () => {
    const boom: Handlers = { clipTab: async () => { throw new Error('boom'); } };
    expect(await route(boom, { type: 'clipTab', data: { tabId: 1, mode: 'article' } }, true)).toMatchObject({ ok: false, error: { message: 'boom' } });
  });
});
