import { describe, expect, it, vi } from 'vitest';
import { askPdfSite } from '../../utils/clipper/pdf-site-grant';

describe('askPdfSite (Firefox: a PDF tab’s site asked for inside the menu click)', () => {
  it('asks for the one site of a PDF tab, at once (before anything is awaited)', async () => {
    const request = vi.fn(async () => true);
    const asked = askPdfSite({ request }, 'https://www.gov.cn/files/2024/law.pdf?x=1');
    expect(request).toHaveBeenCalledTimes(1); // synchronously: the gesture is gone after the first await
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.gov.cn/*'] });
    expect(await asked).toBe(true);
  });

  it('asks nothing on a page that is no PDF, nor without an address', () => {
    const request = vi.fn(async () => true);
    expect(askPdfSite({ request }, 'https://www.gov.cn/zhengce/content.htm')).toBeNull();
    expect(askPdfSite({ request }, undefined)).toBeNull();
    expect(askPdfSite({ request }, 'file:///home/me/law.pdf')).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });

  it('a refusal or a failing request is false, never a throw: the clip then says why', async () => {
    expect(await askPdfSite({ request: async () => Promise.reject(new Error('An unexpected error occurred')) }, 'http://a.cn/x.pdf')).toBe(
      false,
    );
    const throwing = {
      request: () => {
        throw new Error('permissions.request may only be called from a user input handler');
      },
    };
    expect(await askPdfSite(throwing, 'http://a.cn/x.pdf')).toBe(false);
  });
});
