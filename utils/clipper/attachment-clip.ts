/**
 * Background use case: clip one 附件 of a notice clipped in the tab, as a clip linked to it (issue 18). The file is
 * read as "Clip linked document" reads one (readLinkedFile: downloaded with the access the tab's clip has, its kind
 * decided by utils/clipper/doc-kind.ts — address, Content-Type, bytes — then PDF.js or mammoth in an extension page);
 * the same address clipped again updates the same clip. A failure leaves the notice's clip as it is.
 */
import type { AttachmentRequest, ClipSummary } from '../messaging';
import type { AttachmentKind } from '../model';
import { fail, problem, type Result } from '../result';
import { readLinkedFile, storePage, type ClipDeps } from './clip-tab';

/** What the file reader takes: a PDF, a Word file, or a 附件 of unknown type (a download servlet), whose bytes decide. */
const READ: ReadonlySet<AttachmentKind> = new Set(['pdf', 'docx', 'unknown']);

export async function clipAttachment(deps: ClipDeps, req: AttachmentRequest): Promise<Result<ClipSummary>> {
  const notice = await deps.db.clips.get(req.noticeId);
  if (!notice) return fail('bad-request', problem('attach.error.noNotice'));
  // an old .doc gets the linked file's answer (how to convert it), not "cannot be clipped"
  if (req.kind === 'doc') return fail('bad-file', problem('docx.error.oldWord'));
  if (!READ.has(req.kind)) return fail('bad-file', problem('attach.error.notClippable', { kind: req.kind.toUpperCase() }));
  const link = { attachmentOf: notice.id, attachmentName: req.name.trim() || notice.title };
  return storePage(deps.db, await readLinkedFile(deps, req.url, req.tabId), link);
}
