// @vitest-environment jsdom
/** The popup on a PDF tab: it can be clipped, a long PDF shows the pages read, a refused download offers its site. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import type { ClipSummary } from '../../utils/messaging';
import { fail, problem, type Result } from '../../utils/result';
import { cleanupPopup, freshDb, okClip } from '../helpers/popup';

afterEach(cleanupPopup);

const PDF = 'https://www.gov.cn/files/plan.pdf';

describe('PopupApp on a PDF tab', () => {
  it('offers Clip on a PDF and shows the pages read while it works', async () => {
    let finish!: (r: Result<ClipSummary>) => void;
    const clip = vi.fn(() => new Promise<Result<ClipSummary>>((r) => (finish = r)));
    let report: ((done: number, total: number) => void) | undefined;
    const watch = vi.fn((tabId: number, on: (done: number, total: number) => void) => ((report = on), () => {}));
    render(<PopupApp db={freshDb()} tab={{ id: 3, url: PDF }} clip={clip} openUrl={() => {}} watchPdfProgress={watch} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clip this page' }));
    expect(watch).toHaveBeenCalledWith(3, expect.any(Function));
    report!(40, 300);
    await screen.findByText('Reading the PDF… page 40 of 300');
    expect((document.querySelector('#pdf-progress progress') as HTMLProgressElement).value).toBe(40);
    finish(await okClip());
    await waitFor(() => expect(document.querySelector('#pdf-progress')).toBeNull());
  });

  it('shows an indeterminate bar while a linked Word file of this tab is read, gone when it is done', async () => {
    let report: ((done: number, total: number) => void) | undefined;
    const watch = (_tabId: number, on: (done: number, total: number) => void) => ((report = on), () => {});
    render(
      <PopupApp
        db={freshDb()}
        tab={{ id: 3, url: 'https://www.gov.cn/a.htm' }}
        clip={okClip}
        openUrl={() => {}}
        watchPdfProgress={watch}
      />,
    );
    await screen.findByRole('button', { name: 'Clip this page' });
    report!(0, 0);
    await screen.findByText('Reading the Word document…');
    expect((document.querySelector('#pdf-progress progress') as HTMLProgressElement).hasAttribute('value')).toBe(false);
    report!(1, 1);
    await waitFor(() => expect(document.querySelector('#pdf-progress')).toBeNull());
  });

  it('after a refused download asks for the site inside the click, then clips again', async () => {
    const refused = fail('pdf-access', problem('pdf.error.noAccess', { detail: 'Failed to fetch' }));
    const clip = vi.fn(async () => (clip.mock.calls.length === 1 ? refused : okClip()));
    const requestSite = vi.fn(async () => true);
    render(<PopupApp db={freshDb()} tab={{ id: 3, url: PDF }} clip={clip} openUrl={() => {}} requestSite={requestSite} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clip this page' }));
    const allow = await screen.findByRole('button', { name: 'Allow this site' });
    expect(screen.getByRole('alert').textContent).toMatch(/may not download this PDF/);
    fireEvent.click(allow);
    // synchronously, in the click: the browser shows a permission prompt only during the user's gesture
    expect(requestSite).toHaveBeenCalledWith(PDF);
    await waitFor(() => expect(clip).toHaveBeenCalledTimes(2));
    await screen.findByRole('status');
  });

  it('clips nothing more when the site is not granted', async () => {
    const clip = vi.fn(async () => fail('pdf-access', problem('pdf.error.noAccess', { detail: 'x' })));
    render(<PopupApp db={freshDb()} tab={{ id: 3, url: PDF }} clip={clip} openUrl={() => {}} requestSite={async () => false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clip this page' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Allow this site' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(clip).toHaveBeenCalledTimes(1);
  });

  it('injects nothing into the PDF viewer: no live highlights, no outline preview', async () => {
    const showHighlights = vi.fn(async () => fail('not-injectable', 'no'));
    const previewOutline = vi.fn(async () => fail('not-injectable', 'no'));
    const tab = (url: string) => ({ id: 3, url });
    const props = { clip: okClip, openUrl: () => {}, showHighlights, previewOutline, earlyOutline: Promise.resolve(undefined) };
    const view = render(<PopupApp db={freshDb()} tab={tab(PDF)} {...props} />);
    await screen.findByRole('button', { name: 'Clip this page' });
    await new Promise((r) => setTimeout(r, 50));
    expect(showHighlights).not.toHaveBeenCalled();
    expect(previewOutline).not.toHaveBeenCalled();
    view.unmount();
    // the same popup on a web page does ask (so the above is not vacuous)
    render(<PopupApp db={freshDb()} tab={tab('https://www.gov.cn/a.htm')} {...props} />);
    await waitFor(() => expect(previewOutline).toHaveBeenCalled());
  });

  it('offers no whole-text clip for a PDF over the caps (its text is all there is)', async () => {
    const clip = vi.fn(async () => fail('too-large', problem('pdf.error.tooManyPages', { pages: 900, max: 500 })));
    render(<PopupApp db={freshDb()} tab={{ id: 3, url: PDF }} clip={clip} openUrl={() => {}} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Clip this page' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/900 pages/);
    expect(screen.queryByRole('button', { name: /whole visible text/ })).toBeNull();
  });

  it('shows the progress of a shortcut clip still reading when the popup opened, until its last page', async () => {
    let report: ((done: number, total: number) => void) | undefined;
    const watch = (_tabId: number, on: (done: number, total: number) => void) => ((report = on), () => {});
    render(<PopupApp db={freshDb()} tab={{ id: 3, url: PDF }} clip={okClip} openUrl={() => {}} watchPdfProgress={watch} />);
    await screen.findByRole('button', { name: 'Clip this page' });
    report!(120, 300);
    await screen.findByText('Reading the PDF… page 120 of 300');
    report!(300, 300);
    await waitFor(() => expect(document.querySelector('#pdf-progress')).toBeNull());
  });
});
