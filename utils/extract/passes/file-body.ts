/**
 * A notice whose body is only its file: the page prints a title, a date line and one to a few links to the PDF/Word
 * document (sometimes with an empty 附件 box). Readability finds too little text there and falls back to the footer,
 * so the page would be refused and its title and dates lost. The links are read here, before anything is removed,
 * and ./file-body-article.ts makes them the article when the check refuses what Readability found.
 */
import { findAttachments } from '../attachments';
import type { BodyContext, Pass } from '../context';

/** More files than this is a download list, not one notice's body. */
export const MAX_BODY_FILES = 3;

export const fileBody: Pass<BodyContext> = {
  name: 'file-body',
  fixture: 'zh-pdf-only-links',
  run: (ctx) => {
    const files = findAttachments(ctx.doc, ctx.url);
    ctx.files = files.length <= MAX_BODY_FILES ? files : [];
  },
};
