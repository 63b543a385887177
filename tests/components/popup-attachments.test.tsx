// @vitest-environment jsdom
/** The popup's 附件 offer after a notice is clipped (issue 18): ticks, one button, progress per file, failures with reasons. */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import type { AttachmentRequest, ClipSummary } from '../../utils/messaging';
import type { AttachmentLink } from '../../utils/model';
import { fail, ok, problem, type Result } from '../../utils/result';
import { cleanupPopup, freshDb } from '../helpers/popup';

afterEach(cleanupPopup);

const PAGE = 'https://www.gov.cn/zhengce/content/notice.htm';
const LINKS: AttachmentLink[] = [
  { url: 'https://www.gov.cn/zhengce/files/P1.pdf', name: '附件1：实施细则', kind: 'pdf', clippable: true },
  { url: 'https://www.gov.cn/zhengce/files/P2.docx', name: '附件2：申报表', kind: 'docx', clippable: true },
  { url: 'https://www.gov.cn/zhengce/files/P3.xls', name: '附件3：清单', kind: 'xls', clippable: false },
  { url: 'https://files.example.cn/P4.pdf', name: '附件4：说明', kind: 'pdf', clippable: true },
];
const notice = (attachments?: AttachmentLink[]): Result<ClipSummary> =>
  ok({ clipId: 'notice-1', title: '关于印发某某办法的通知', created: true, mode: 'article', postsLeftOut: 0, attachments });
const summary = (title: string): Result<ClipSummary> => ok({ clipId: title, title, created: true, mode: 'article', postsLeftOut: 0 });

function setup(clipAttachment: (req: AttachmentRequest) => Promise<Result<ClipSummary>>, requestOrigins = vi.fn(async () => true)) {
  const props = { clip: async () => notice(LINKS), openUrl: () => {}, attachments: { clipAttachment, requestOrigins } };
  render(<PopupApp db={freshDb()} tab={{ id: 5, url: PAGE }} {...props} />);
  return { requestOrigins };
}

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('the 附件 offer', () => {
  it('lists every 附件 after the clip, PDFs and Word ticked, others listed as not clippable', async () => {
    setup(async () => summary('x'));
    fireEvent.click(await screen.findByRole('button', { name: 'Clip this page' }));
    await screen.findByRole('heading', { name: 'Attachments (4): clip them too' });
    expect([box('附件1：实施细则'), box('附件2：申报表'), box('附件4：说明')].map((b) => b.checked)).toEqual([true, true, true]);
    expect(box('附件3：清单').disabled).toBe(true);
    expect(screen.getByText('XLS, cannot be clipped')).toBeTruthy();
  });

  it('asks for the other site inside the click, clips the ticked files one by one and lists a failure with its reason', async () => {
    const calls: string[] = [];
    const clipAttachment = vi.fn(async (req: AttachmentRequest) => {
      calls.push(`${req.noticeId} ${req.kind} ${req.name}`);
      return req.url.endsWith('P4.pdf') ? fail('no-text-layer', problem('pdf.error.noTextLayer')) : summary(req.name);
    });
    const { requestOrigins } = setup(clipAttachment);
    fireEvent.click(await screen.findByRole('button', { name: 'Clip this page' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '附件2：申报表' })); // unticked: not clipped
    fireEvent.click(await screen.findByRole('button', { name: 'Clip the ticked attachments' }));
    // synchronously, in the click: only a user gesture may show the permission prompt
    expect(requestOrigins).toHaveBeenCalledWith(['https://files.example.cn/*']);
    await screen.findByText('1 of 2 attachments clipped; the notice’s clip is kept either way.');
    expect(calls).toEqual(['notice-1 pdf 附件1：实施细则', 'notice-1 pdf 附件4：说明']);
    const items = document.querySelectorAll('.attach-item');
    expect(within(items[0] as HTMLElement).getByText('clipped')).toBeTruthy();
    expect(items[3]!.textContent).toMatch(/not clipped: This PDF has no text layer/);
    // the notice's own clip result is still shown
    expect(screen.getByText(/关于印发某某办法的通知/)).toBeTruthy();
  });

  it('asks for no site when every file is on the page’s own, and shows each file while it is read', async () => {
    let finish!: (r: Result<ClipSummary>) => void;
    const clipAttachment = vi.fn(() => new Promise<Result<ClipSummary>>((r) => (finish = r)));
    const { requestOrigins } = setup(clipAttachment);
    fireEvent.click(await screen.findByRole('button', { name: 'Clip this page' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '附件4：说明' }));
    fireEvent.click(screen.getByRole('button', { name: 'Clip the ticked attachments' }));
    expect(requestOrigins).not.toHaveBeenCalled();
    await waitFor(() => expect(document.querySelectorAll('.attach-item')[0]!.textContent).toMatch(/reading…/));
    expect(document.querySelectorAll('.attach-item')[1]!.textContent).toMatch(/waiting/);
    finish(summary('a'));
    await waitFor(() => expect(clipAttachment).toHaveBeenCalledTimes(2));
    finish(summary('b'));
    await screen.findByText('2 of 2 attachments clipped; the notice’s clip is kept either way.');
  });

  it('says a refused download is a matter of access to the file’s site, without pointing at a button it has not', async () => {
    setup(async () => fail('pdf-access', problem('pdf.error.noAccess', { detail: 'Failed to fetch' })));
    fireEvent.click(await screen.findByRole('button', { name: 'Clip this page' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Clip the ticked attachments' }));
    await screen.findByText(/0 of 3 attachments clipped/);
    const first = document.querySelector('.attach-item')!.textContent!;
    expect(first).toMatch(/not clipped: Clausemark may not download this file from its site \(Failed to fetch\)/);
    expect(first).not.toMatch(/Allow this site/);
  });

  it('offers nothing after a clip of a page without 附件', async () => {
    render(
      <PopupApp
        db={freshDb()}
        tab={{ id: 5, url: PAGE }}
        clip={async () => notice()}
        openUrl={() => {}}
        attachments={{ clipAttachment: vi.fn() }}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Clip this page' }));
    await screen.findByRole('status');
    expect(document.querySelector('#attach-offer')).toBeNull();
  });
});
