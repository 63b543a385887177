import { describe, expect, it, vi } from 'vitest';
import { leaveStart, startPopup, takeStart, type StartApis } from '../../components/page/popup-start';

const tabs = { 4: { id: 4, url: 'https://a.cn/law', windowId: 1 }, 9: { id: 9, url: 'https://a.cn/plan.pdf', windowId: 1 } };
function apis(active = tabs[4]): StartApis & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    tabs: {
      get: vi.fn(async (id: number) => {
        const t = tabs[id as keyof typeof tabs];
        if (!t) throw new Error('No tab with id');
        return t;
      }),
      query: vi.fn(async () => [active]),
    },
    runtime: {
      sendMessage: vi.fn(async (m: unknown) => {
        sent.push(m);
        return { ok: true, value: { outline: [], title: 'T' } };
      }),
    },
  };
}

describe('startPopup: the tab and its preview request, before the popup module loads', () => {
  it("asks for the active tab's preview as soon as the tab is known", async () => {
    const a = apis();
    const start = startPopup(a, '');
    expect(await start.tab).toEqual({ id: 4, url: 'https://a.cn/law', windowId: 1 });
    const preview = await start.preview;
    expect(preview?.tabId).toBe(4);
    expect(a.sent).toEqual([{ type: 'previewOutline', data: { tabId: 4 } }]);
    expect(await preview?.answer).toEqual({ ok: true, value: { outline: [], title: 'T' } });
  });

  it('acts on ?tab=ID, and asks nothing for a PDF or a tab that is gone', async () => {
    const a = apis();
    expect((await startPopup(a, '?tab=9').tab)?.id).toBe(9);
    expect(await startPopup(a, '?tab=9').preview).toBeNull();
    expect(await startPopup(a, '?tab=77').tab).toBeNull();
    expect(await startPopup(a, '?tab=77').preview).toBeNull();
    expect(a.sent).toEqual([]);
    expect(a.tabs.query).not.toHaveBeenCalled();
  });

  it('a refused request reaches its reader (protocol.ts turns it into an error value)', async () => {
    const a = apis();
    a.runtime.sendMessage = () => Promise.reject(new Error('Receiving end does not exist.'));
    const preview = await startPopup(a, '').preview;
    await expect(preview?.answer).rejects.toThrow('Receiving end');
  });

  it('is handed to the module once', () => {
    const scope = {};
    const start = startPopup(apis(), '');
    leaveStart(scope, start);
    expect(takeStart(scope)).toBe(start);
    expect(takeStart(scope)).toBeUndefined();
  });
});
