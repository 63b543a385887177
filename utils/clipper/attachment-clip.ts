/**
 * Background use case: clip one 附件 of a notice clipped in the tab, as a clip linked to it (issue 18). The file is
 * read as "Clip linked PDF" reads one (downloaded with the access the tab's clip has, parsed in an extension page);
 * the same address clipped again updates the same clip. A failure leaves the notice's clip as it is.
 */
import type { AttachmentRequest, ClipSummary } from '../messaging';
import type { AttachmentKind, ExtractedPage } from '../model';
import { fail, problem, type Result } from '../result';
import { storePage, type ClipDeps } from './clip-tab';

export interface AttachmentDeps extends ClipDeps {
  /** a Word (.docx) file, read like a PDF in an extension page; Word 附件 are refused without it */
  readDocx?(url: string, tabId: number): Promise<Result<ExtractedPage>>;
}

/** What each kind is read as: a 附件 of unknown type (a download servlet) is tried as a PDF, which checks its bytes. */
const READER: Partial<Record<AttachmentKind, 'pdf' | 'docx'>> = { pdf: 'pdf', unknown: 'pdf', docx: 'docx' };

export async function clipAttachment(deps: AttachmentDeps, req: AttachmentRequest): Promise<Result<ClipSummary>> {
  const notice = await deps.db.clips.get(req.noticeId);
  if (!notice) return fail('bad-request', problem('attach.error.noNotice'));
  const reader = READER[req.kind];
  const read =
    reader === 'pdf' && deps.readPdf
      ? deps.readPdf(req.url, req.tabId)
      : reader === 'docx' && deps.readDocx
        ? deps.readDocx(req.url, req.tabId)
        : null;
  if (!read) return fail('bad-file', problem('attach.error.notClippable', { kind: req.kind.toUpperCase() }));
  return storePage(deps.db, await read, { attachmentOf: notice.id, attachmentName: req.name.trim() || notice.title });
}
