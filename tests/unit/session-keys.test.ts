import { describe, expect, it } from 'vitest';
import { anchoringKey, outcomeKey, readSession, writeSession } from '../../utils/messaging/session-keys';

/** An in-memory storage.session. */
function area(fail = false) {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key: string) => (fail ? Promise.reject(new Error('no session')) : key in items ? { [key]: items[key] } : {}),
    set: async (more: Record<string, unknown>) => void Object.assign(items, more),
  };
}

describe('session keys', () => {
  it('name one value per tab, as the popup and background have always stored them', () => {
    expect(outcomeKey(7)).toBe('outcome:7');
    expect(anchoringKey(7)).toBe('anchoring:7');
  });

  it('read back what was written under the same key, and nothing under another tab', async () => {
    const a = area();
    const stored = { result: { ok: false as const, error: { code: 'quota' as const, message: 'full' } }, at: 5 };
    await writeSession(a, outcomeKey(3), stored);
    await writeSession(a, anchoringKey(3), { placed: ['h1'], missing: [], url: 'https://a.cn/', at: 6 });
    expect(await readSession(a, outcomeKey(3))).toEqual(stored);
    expect((await readSession(a, anchoringKey(3)))?.placed).toEqual(['h1']);
    expect(await readSession(a, outcomeKey(4))).toBeUndefined();
  });

  it('a refused read is no value, not an error', async () => {
    expect(await readSession(area(true), outcomeKey(1))).toBeUndefined();
  });
});
