/** The library page's summary rows: a clip's list fields plus what its facets and columns derive from them. */
import type { Clip } from '../model';

export interface LibRow {
  clip: Clip;
  /** ids of the collections the clip is in */
  collections: string[];
  /** 成文日期, else 发布日期 (ISO date), else '' */
  docDate: string;
  /** year of 成文日期, else 发布日期, else of the clipped date */
  year: number;
  /** primary language subtag ('zh', 'en'…); guessed from the title's script when the page declared none */
  lang: string;
  /** how many of the rows read with it are its 附件 (a notice's attachments, issue 18) */
  attachments: number;
}

const HAN = /[\u3400-\u9fff]/;

export function langOf(clip: Pick<Clip, 'lang' | 'title'>): string {
  const primary = clip.lang.trim().toLowerCase().split(/[-_]/)[0];
  if (primary) return primary;
  return HAN.test(clip.title) ? 'zh' : clip.title.trim() ? 'en' : '';
}

const isoYear = (d: string) => (/^(\d{4})-\d{2}-\d{2}/.exec(d) ? Number(d.slice(0, 4)) : NaN);

export function toRow(clip: Clip, collections: string[], attachments = 0): LibRow {
  const docDate = [clip.policy.writtenDate, clip.policy.publishDate].find((d) => !Number.isNaN(isoYear(d))) ?? '';
  const year = docDate ? isoYear(docDate) : new Date(clip.updatedAt).getFullYear();
  return { clip, collections, docDate, year, lang: langOf(clip), attachments };
}

/** Rows from the clips and the membership keys ([collectionId, clipId]) read beside them. */
export function toRows(clips: readonly Clip[], memberships: readonly (readonly [string, string])[]): LibRow[] {
  const of = new Map<string, string[]>();
  for (const [collectionId, clipId] of memberships) {
    const list = of.get(clipId);
    if (list) list.push(collectionId);
    else of.set(clipId, [collectionId]);
  }
  const attached = new Map<string, number>();
  for (const c of clips) if (c.attachmentOf) attached.set(c.attachmentOf, (attached.get(c.attachmentOf) ?? 0) + 1);
  return clips.map((c) => toRow(c, of.get(c.id) ?? [], attached.get(c.id)));
}
