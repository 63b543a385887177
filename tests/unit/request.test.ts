import { describe, expect, it } from 'vitest';
import { readExtractRequest, readLocateRequest, REQUEST_KEYS } from '../../utils/clipper/request';

describe('the clip request handed to the injected extraction script', () => {
  it('reads each mode once and falls back to an article clip', () => {
    const scope: Record<string, unknown> = {};
    for (const mode of ['article', 'fulltext', 'allposts'] as const) {
      scope[REQUEST_KEYS.extract] = mode;
      expect(readExtractRequest(scope)).toBe(mode);
      expect(REQUEST_KEYS.extract in scope).toBe(false);
    }
    expect(readExtractRequest(scope)).toBe('article');
    scope[REQUEST_KEYS.extract] = 'everything';
    expect(readExtractRequest(scope)).toBe('article');
    // the outline alone is a script of its own (entrypoints/outline.ts): an old 'outline' request is an article clip
    scope[REQUEST_KEYS.extract] = 'outline';
    expect(readExtractRequest(scope)).toBe('article');
  });
});

describe('the locate request handed to the injected locate script', () => {
  it('reads an unnumbered heading whose label: null the browser dropped on the way (Chrome executeScript args)', () => {
    const scope: Record<string, unknown> = { [REQUEST_KEYS.locate]: { title: '导 言', preview: '', occurrence: 0, count: 1 } };
    expect(readLocateRequest(scope)).toEqual({ label: null, title: '导 言', preview: '', occurrence: 0, count: 1 });
    expect(REQUEST_KEYS.locate in scope).toBe(false);
  });

  it('still refuses a request that is not one', () => {
    expect(readLocateRequest({ [REQUEST_KEYS.locate]: { label: 3, title: '导 言', preview: '', occurrence: 0 } })).toBeNull();
    expect(readLocateRequest({ [REQUEST_KEYS.locate]: { preview: '', occurrence: 0 } })).toBeNull();
    expect(readLocateRequest({})).toBeNull();
  });
});
