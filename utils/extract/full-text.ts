/** The whole visible text as a clip, for pages where no article is found; and the excerpt both kinds of clip get. */
import type { ExtractedPage } from '../types';
import type { Head } from './head/page-head';
import { chooseTitle } from './head/title';
import { blockText, cjkRatio, squash } from '../dom/blocks';
import { cutText, paragraphsHtml } from './size-cap';

export function makeExcerpt(description: string, text: string): string {
  const d = squash(description);
  if (d.length >= 10 && d.length <= 300) return d;
  const t = squash(text.slice(0, 400));
  return t.length > 200 ? `${t.slice(0, 200)}…` : t;
}

/** The whole visible text, for pages where no article is found. */
export function fullTextPage(doc: Document, head: Head, maxChars = Infinity): ExtractedPage {
  const body = doc.body ?? doc.documentElement;
  const whole = body ? blockText(body) : '';
  const truncated = whole.length > maxChars;
  const text = truncated ? `${cutText(whole, maxChars)}…` : whole;
  const html = paragraphsHtml(text);
  const title = chooseTitle({ ...head.titleInputs, readabilityTitle: '' });
  return {
    url: head.url,
    canonicalUrl: head.canonicalUrl,
    title: title || head.hostname,
    byline: head.info.author,
    siteName: head.info.siteName || head.hostname,
    lang: head.info.lang || (cjkRatio(text.slice(0, 5000)) > 0.3 ? 'zh' : ''),
    publishedTime: head.info.publishedTime || head.policy.publishDate,
    excerpt: makeExcerpt(head.description, text),
    policy: head.policy,
    outline: [],
    html, // built from escaped text only: nothing to sanitise
    text,
    mode: 'fulltext',
    truncated,
    postsLeftOut: 0,
  };
}
