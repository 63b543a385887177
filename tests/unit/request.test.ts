import { describe, expect, it } from 'vitest';
import { readRequestedMode, REQUEST_KEYS } from '../../utils/clipper/request';

describe('the clip request handed to the injected extraction script', () => {
  it('reads each mode once and falls back to an article clip', () => {
    const scope: Record<string, unknown> = {};
    for (const mode of ['article', 'fulltext', 'allposts'] as const) {
      scope[REQUEST_KEYS.extract] = mode;
      expect(readRequestedMode(scope)).toBe(mode);
      expect(REQUEST_KEYS.extract in scope).toBe(false);
    }
    expect(readRequestedMode(scope)).toBe('article');
    scope[REQUEST_KEYS.extract] = 'everything';
    expect(readRequestedMode(scope)).toBe('article');
  });
});
