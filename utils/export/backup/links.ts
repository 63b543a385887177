/**
 * A backup's 附件 links (`attachmentOf`, schema v4): one to a clip the backup does not hold (a selection exported
 * without its notice, an edited file) cannot be kept. It is dropped, and counted for the import plan, rather than
 * refusing the whole file: the attachment still comes in, as an ordinary clip.
 */
import type { Clip } from '../../model';
import type { FullBundle } from '../types';

export function dropDanglingLinks(b: FullBundle): { bundle: FullBundle; dropped: number } {
  const ids = new Set(b.clips.map((c) => c.id));
  let dropped = 0;
  const clips = b.clips.map((c): Clip => {
    if (c.attachmentOf === undefined) return c;
    if (ids.has(c.attachmentOf) && c.attachmentOf !== c.id) return c;
    dropped++;
    const { attachmentOf: _o, attachmentName: _n, ...rest } = c;
    return rest;
  });
  return { bundle: dropped ? { ...b, clips } : b, dropped };
}

/** A clip's link with the notice's id as it is (or will be) in this database; none when the notice is not there. */
export function remapLink(clip: Clip, ids: ReadonlyMap<string, string>): Clip {
  const { attachmentOf, attachmentName, ...rest } = clip;
  const to = attachmentOf === undefined ? undefined : ids.get(attachmentOf);
  return to === undefined ? rest : { ...rest, attachmentOf: to, attachmentName: attachmentName ?? '' };
}
