import { describe, expect, it } from 'vitest';
import { highlightSelectionInTab, scrollTabToHighlight, showHighlights } from '../../utils/clipper/highlight-tab';
import { isFound, readReply } from '../../utils/clipper/reply';

describe('readReply: every injected script answers a Result, checked here', () => {
  it("passes a value that passes the check, and the page's own error with its key", () => {
    expect(readReply({ ok: true, value: { found: true } }, isFound)).toEqual({ ok: true, value: { found: true } });
    const error = { code: 'bad-request', message: 'Select some text on the page first.', key: 'page.error.selectFirst' };
    expect(readReply({ ok: false, error }, isFound)).toEqual({ ok: false, error });
  });

  it('turns anything that is not a Result, or a value that fails the check, into injection-failed', () => {
    for (const reply of [undefined, null, 3, { found: true }, { ok: false }, { ok: false, error: { code: 1 } }])
      expect(readReply(reply, isFound), JSON.stringify(reply)).toMatchObject({
        ok: false,
        error: { code: 'injection-failed', key: 'page.error.noAnswer' },
      });
    expect(readReply({ ok: true, value: { found: 'yes' } }, isFound)).toMatchObject({
      ok: false,
      error: { code: 'injection-failed', key: 'page.error.malformed' },
    });
  });

  it('keeps nothing of a page error but its fields', () => {
    const r = readReply(
      { ok: false, error: { code: 'internal', message: 'm', key: 'page.error.readFailed', params: { detail: 'x' }, extra: '<b>' } },
      isFound,
    );
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'm', key: 'page.error.readFailed', params: { detail: 'x' } } });
    // placeholders that are not plain would show raw in the sentence: the English message stands alone then
    const odd = readReply(
      { ok: false, error: { code: 'internal', message: 'm', key: 'page.error.readFailed', params: { detail: {} } } },
      isFound,
    );
    expect(odd).toEqual({ ok: false, error: { code: 'internal', message: 'm' } });
  });
});

describe("the highlighter's replies", () => {
  const deps = (reply: unknown) => ({ getTabUrl: async () => 'https://a.cn/', injectHighlighter: async () => reply });

  it('show gives the anchoring report, scrollTo whether it was found', async () => {
    expect(await showHighlights(deps({ ok: true, value: { placed: ['a'], missing: [], more: 1 } }), 1)).toEqual({
      ok: true,
      value: { placed: ['a'], missing: [] },
    });
    expect(await showHighlights(deps({ ok: true, value: { placed: 'a' } }), 1)).toMatchObject({
      ok: false,
      error: { code: 'injection-failed' },
    });
    expect(await scrollTabToHighlight(deps({ ok: true, value: { found: true } }), 1, 'h')).toEqual({ ok: true, value: { found: true } });
    expect(await highlightSelectionInTab(deps(undefined), 1)).toMatchObject({ ok: false, error: { code: 'injection-failed' } });
  });
});
