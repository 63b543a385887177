import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromBackupJson, toDocx } from '../../utils/export/index';

const sample = fromBackupJson(readFileSync(new URL('../fixtures/backup/sample.json', import.meta.url), 'utf8'));

describe('toDocx', () => {
  it('is a valid zip with word/document.xml holding the titles, sections, quotes and notes', async () => {
    const bytes = await toDocx(sample, { now: Date.UTC(2024, 5, 1) });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(strFromU8(bytes.subarray(0, 2))).toBe('PK');
    const zip = unzipSync(bytes);
    expect(Object.keys(zip)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    const doc = strFromU8(zip['word/document.xml']!);
    for (const text of [
      '某市公共数据开放管理办法',
      '把企业的“急难愁盼”当作“指南针”',
      '某府规〔2024〕3号',
      '公共数据开放应当遵循需求导向、分类分级、统一标准、安全可控的原则',
      '四项原则，可与国家层面文件对照。',
      '某市公共数据开放管理办法 › 第二章 开放机制 › 第五条',
    ]) {
      expect(doc).toContain(text);
    }
    expect(doc).toContain('w:val="Heading1"');
    expect(doc).toContain('w:val="Heading2"');
    expect(doc).toContain('w:val="ClipQuote"');
    const styles = strFromU8(zip['word/styles.xml']!);
    expect(styles).toContain('w:eastAsia="SimSun"');
    expect(styles).toContain('w:eastAsia="Microsoft YaHei"');
    expect(styles).toContain('w:eastAsia="zh-CN"');
  });

  it('keeps XML well-formed with hostile text', async () => {
    const clip = { ...sample.clips[0]!, title: 'a <b>&amp; "c"\u0001\u0007 \ud800' };
    const bytes = await toDocx({ ...sample, clips: [clip] });
    const doc = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(doc).toContain('a &lt;b&gt;&amp;amp; &quot;c&quot; ');
    expect(doc).not.toMatch(/[\u0001\u0007\ud800]/);
  });
});
