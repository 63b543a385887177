/** The popup's 附件 offer as state: which are ticked, and each chosen file's progress (issue 18). */
import { useState } from 'preact/hooks';
import { originPattern } from '../../utils/clipper/pdf-url';
import type { AttachmentRequest, ClipSummary } from '../../utils/messaging';
import type { AttachmentLink } from '../../utils/model';
import type { AppError, Result } from '../../utils/result';

export type FileState =
  { kind: 'waiting' } | { kind: 'reading' } | { kind: 'done'; created: boolean } | { kind: 'failed'; error: AppError };

export type ClipAttachmentFn = (req: AttachmentRequest) => Promise<Result<ClipSummary>>;
/** permissions.request for these site patterns: must be called inside the click */
export type RequestOrigins = (patterns: string[]) => Promise<boolean>;

/** Ticked at first: the PDFs and Word files (a 附件 of unknown type is offered unticked: it may be neither). */
export const tickedAtFirst = (a: AttachmentLink) => a.kind === 'pdf' || a.kind === 'docx';

/** The sites of the chosen files the tab's own access (activeTab on its origin) does not reach. */
export function otherSites(chosen: readonly AttachmentLink[], tabUrl: string | undefined): string[] {
  const own = tabUrl ? originPattern(tabUrl) : null;
  return [...new Set(chosen.map((a) => originPattern(a.url)).filter((p): p is string => !!p && p !== own))];
}

export function useAttachmentClips(
  links: readonly AttachmentLink[],
  target: { tabId: number; tabUrl: string | undefined; noticeId: string },
  clipAttachment: ClipAttachmentFn,
  requestOrigins: RequestOrigins | undefined,
) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(links.filter(tickedAtFirst).map((a) => a.url)));
  const [files, setFiles] = useState<ReadonlyMap<string, FileState>>(new Map());
  const [running, setRunning] = useState(false);
  const setFile = (url: string, s: FileState) => setFiles((m) => new Map(m).set(url, s));

  const toggle = (url: string, on: boolean) =>
    setTicked((s) => {
      const next = new Set(s);
      if (on) next.add(url);
      else next.delete(url);
      return next;
    });

  /** Runs inside the click: another site's access is asked for first (the prompt needs the gesture), then one file at a time. */
  const start = () => {
    const chosen = links.filter((a) => a.clippable && ticked.has(a.url));
    if (!chosen.length || running) return;
    const sites = otherSites(chosen, target.tabUrl);
    const asked = sites.length && requestOrigins ? requestOrigins(sites).catch(() => false) : Promise.resolve(true);
    setRunning(true);
    setFiles(new Map(chosen.map((a) => [a.url, { kind: 'waiting' }])));
    void asked.then(async () => {
      for (const a of chosen) {
        setFile(a.url, { kind: 'reading' });
        const r = await clipAttachment({ tabId: target.tabId, noticeId: target.noticeId, url: a.url, name: a.name, kind: a.kind });
        setFile(a.url, r.ok ? { kind: 'done', created: r.value.created } : { kind: 'failed', error: r.error });
      }
      setRunning(false);
    });
  };
  return { ticked, toggle, files, running, start };
}
