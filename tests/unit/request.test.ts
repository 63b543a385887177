import { describe, expect, it } from 'vitest';
import { readExtractRequest, REQUEST_KEYS } from '../../utils/clipper/request';

describe('the clip request handed to the injected extraction script', () => {
  it('reads each mode once and falls back to an article clip', () => {
    const scope: Record<string, unknown> = {};
    for (const mode of ['article', 'fulltext', 'allposts', 'outline'] as const) {
      scope[REQUEST_KEYS.extract] = mode;
      expect(readExtractRequest(scope)).toBe(mode);
      expect(REQUEST_KEYS.extract in scope).toBe(false);
    }
    expect(readExtractRequest(scope)).toBe('article');
    scope[REQUEST_KEYS.extract] = 'everything';
    expect(readExtractRequest(scope)).toBe('article');
  });
});
