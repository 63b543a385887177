import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { escapeHtml, fromBackupJson, toHtml, type ExportBundle } from '../../utils/export/index';

const sample = fromBackupJson(readFileSync(new URL('../fixtures/backup/sample.json', import.meta.url), 'utf8'));

const EVIL_TITLE = '</title><script>alert(1)</script><img src=x onerror=alert(2)>';
const EVIL_QUOTE = '"><svg onload=alert(3)>quote</blockquote><iframe src="https://evil.example">';
const EVIL_NOTE = "<a href='javascript:alert(4)' onclick=alert(5)>note</a>";

function evilBundle(): ExportBundle {
  const clip = {
    ...sample.clips[0]!,
    title: EVIL_TITLE,
    siteName: '<b onmouseover=x>site</b>',
    url: 'javascript:alert(6)',
    lang: 'zh"><script>',
  };
  const body = { ...sample.bodies[0]!, outline: [{ level: 1, label: '<i>', title: '<style>*{}</style>', preview: '', anchor: 'a' }] };
  const h = {
    ...sample.highlights[0]!,
    selectors: { ...sample.highlights[0]!.selectors, quote: EVIL_QUOTE, outlinePath: ['<h1 onerror=x>'] },
    note: EVIL_NOTE,
    color: 'red" onclick="x',
  };
  const col = { ...sample.collections[0]!, name: '<marquee>col</marquee>' };
  return {
    clips: [clip],
    bodies: [body],
    highlights: [h],
    collections: [col],
    memberships: [{ collectionId: col.id, clipId: clip.id, addedAt: 0 }],
  };
}

describe('toHtml', () => {
  it('escapes every piece of page and user text', () => {
    const html = toHtml(evilBundle(), { now: 0, title: '<script>report</script>' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|svg|iframe|a |b |i>|h1 |marquee)/i);
    expect(html).not.toMatch(/href="javascript/i);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, img, svg, iframe, object, embed, link, marquee').length).toBe(0);
    expect(doc.querySelectorAll('style')).toHaveLength(1); // ours, in <head>
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(attr.name).not.toMatch(/^on/i);
    }
    // the text reads back exactly as it was
    expect(doc.querySelector('h2')!.textContent).toBe(EVIL_TITLE);
    expect(doc.querySelector('blockquote')!.textContent).toBe(EVIL_QUOTE);
    expect(doc.querySelector('p.note')!.textContent).toBe(EVIL_NOTE);
    expect(doc.querySelector('h4')!.textContent).toBe('<h1 onerror=x>');
    expect(doc.title).toBe('<script>report</script>');
  });

  it('is self-contained and print-ready', () => {
    const html = toHtml(sample, { now: Date.UTC(2024, 5, 1) });
    expect(html).not.toMatch(/<script|<link|\ssrc=|@import|url\(/i);
    expect(html).toContain('@media print');
    expect(html).toContain("default-src 'none'");
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('article.clip')).toHaveLength(3);
    const first = doc.querySelector('article.clip')!;
    expect(first.querySelector('h2')!.textContent).toBe('某市公共数据开放管理办法');
    expect(first.querySelector('table.meta')!.textContent).toContain('某府规〔2024〕3号');
    expect(first.querySelectorAll('ul.outline li')).toHaveLength(11);
    expect(Array.from(first.querySelectorAll('h4')).map((h) => h.textContent)).toEqual([
      '某市公共数据开放管理办法 › 第一章 总 则 › 第三条',
      '某市公共数据开放管理办法 › 第二章 开放机制 › 第五条',
      '某市公共数据开放管理办法 › 第二章 开放机制 › 第六条',
    ]);
    expect(first.querySelector('blockquote.pink + p.note')!.textContent).toBe(
      '例外条款：注意“经权利人同意”的举证责任。\n待核实上位法依据。',
    );
    expect(doc.querySelector('.meta-line')!.textContent).toBe('3 clips · exported 2024-06-01');
    expect(html).not.toContain('结合本市实际，制定本办法'); // highlights only: no document text
  });

  it('escapeHtml covers the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});
