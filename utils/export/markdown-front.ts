/**
 * A Markdown file's YAML front matter (Obsidian properties). Every value is a double-quoted scalar, so YAML never
 * reads a date as a timestamp, 国发〔2018〕41号 or "a: b" as anything but a string, nor a leading - or # as syntax.
 */
import { clipKind } from './csl';
import { isName } from './csl-names';
import { mediumOf, publishedDate, savedDate, type ClipView } from './common';
import { yamlString } from './markdown-text';

/** An Obsidian tag from a collection name: letters, digits, _ - / only ("数据 治理" → "数据-治理"). */
export const tagOf = (name: string): string =>
  name
    .replace(/[^\p{L}\p{N}_/-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');

export function frontMatter(v: ClipView): string {
  const { clip } = v;
  const p = clip.policy;
  const byline = clip.byline.trim() || p.author.trim();
  const fields: [string, string][] = [
    ['title', clip.title],
    ['url', clip.url],
    ['type', clipKind(clip)],
    ['medium', mediumOf(clip)],
    ['pages', clip.pageCount ? String(clip.pageCount) : ''],
    ['site', clip.siteName],
    ['author', isName(byline) ? byline : ''],
    ['issuer', p.issuer],
    ['doc_number', p.docNumber],
    ['index_number', p.indexNumber],
    ['subject', p.subject],
    ['written', p.writtenDate],
    ['published', publishedDate(clip)],
    ['saved', savedDate(clip)],
    ['lang', clip.lang],
  ];
  const lines = fields.filter(([k, val]) => val || k === 'title' || k === 'url').map(([k, val]) => `${k}: ${yamlString(val)}`);
  const tags = [...new Set(v.collections.map(tagOf).filter(Boolean))];
  if (tags.length) lines.push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`));
  if (v.collections.length) lines.push('collections:', ...v.collections.map((c) => `  - ${yamlString(c)}`));
  return `---\n${lines.join('\n')}\n---`;
}
