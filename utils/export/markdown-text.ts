/** Text-level Markdown helpers: escaping untrusted text, YAML scalars, safe file names. */

/**
 * Page text is untrusted and must stay text: escape what CommonMark or Obsidian would read as syntax
 * (emphasis, links and [[wikilinks]], raw HTML, #tags, $math$, ==marks==, %%comments%%, tables).
 */
export function mdInline(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~$=^&]/g, '\\$&').replace(/%%/g, '%\\%');
}

/** One line of text as a paragraph: no indented code, no list or heading markers at its start. */
export function mdLine(line: string): string {
  const t = mdInline(line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
  return t.replace(/^[-+]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** Text → paragraphs, one per non-empty line (clip text keeps one paragraph per line). */
export function mdParagraphs(text: string): string[] {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map(mdLine)
    .filter(Boolean);
}

/** A blockquote whose every line is escaped; blank lines stay inside the quote. */
export function mdQuote(text: string): string {
  return text
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((l) => (mdLine(l) ? `> ${mdLine(l)}` : '>'))
    .join('\n')
    .replace(/(\n>)+$/, '');
}

/**
 * YAML double-quoted scalar, valid for any input: YAML (unlike JSON) forbids raw C1 controls, NEL, LS/PS and BOM,
 * and lone surrogates cannot be encoded at all (they become U+FFFD).
 */
export function yamlString(s: string): string {
  const body = s
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${body}"`;
}

/** Windows' reserved device names, which no file may be called whatever its extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
export const MAX_NAME = 80;

/**
 * A file name from a title: Chinese and other letters kept; characters forbidden on Windows, macOS or Linux and
 * those that break Obsidian links (# ^ [ ] |) removed; whitespace collapsed; at most 80 characters (code points).
 */
export function slug(title: string): string {
  let s = title
    .replace(/[\\/:*?"<>|#^[\]\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u200b]/g, ' ')
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  s = Array.from(s)
    .slice(0, MAX_NAME)
    .join('')
    .replace(/[\s.]+$/, '');
  return !s || RESERVED.test(s) ? (s ? `${s}_` : 'untitled') : s;
}

/** Names unique case-insensitively (macOS and Windows file systems): "标题", "标题 (2)", … still ≤ 80 characters. */
export function uniqueNames(titles: readonly string[], ext: string): string[] {
  const taken = new Set<string>();
  return titles.map((t) => {
    const base = slug(t);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name =
        Array.from(base)
          .slice(0, MAX_NAME - suffix.length)
          .join('')
          .trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return `${name}${ext}`;
  });
}
