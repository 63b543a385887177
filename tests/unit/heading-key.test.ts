/** The outline's heading keys (utils/outline/heading-key.ts) and the block set the page walks share with extraction. */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildTextMap } from '../../utils/anchoring/dom/text-map';
import { isBlockTag, PAGE_BLOCK_TAGS } from '../../utils/dom/blocks';
import { headingKey, headingOccurrence } from '../../utils/outline/heading-key';

describe('heading keys', () => {
  it('count earlier entries with the same key, as the page counts equal headings', () => {
    const keys = ['（一）总则', '一、范围', '（一）总则', '二、定义', '（一）总则'].map((k) =>
      headingKey({ label: null, title: k, preview: '' }),
    );
    expect([0, 1, 2, 3, 4].map((i) => headingOccurrence(keys, i))).toEqual([0, 0, 1, 0, 2]);
  });
});

describe('page block tags', () => {
  it('are extraction’s block tags plus <body>, and each one breaks a line of the text map', () => {
    expect([...PAGE_BLOCK_TAGS].filter((t) => !isBlockTag(t))).toEqual(['BODY']);
    const doc = parseHtml('<!doctype html><html><body></body></html>', 'https://example.org/').window.document;
    for (const tag of PAGE_BLOCK_TAGS) {
      // table parts, lists and empty elements need their context to hold text; <br> and <body> are handled apart
      if (['BR', 'HR', 'BODY', 'CAPTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'DL', 'OL', 'UL', 'DETAILS'].includes(tag))
        continue;
      doc.body.innerHTML = `<span>a</span><${tag.toLowerCase()}>b</${tag.toLowerCase()}><span>c</span>`;
      expect(buildTextMap(doc.body).text, tag).toBe('a\nb\nc');
    }
  });
});
