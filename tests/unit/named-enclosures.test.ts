import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { buildOutline } from '../../utils/outline';

const rows = (body: string) => {
  const root = parseHtml(`<html><body><div id="a">${body}</div></body></html>`).window.document.getElementById('a')!;
  return buildOutline(root, { docTitle: '关于印发《某某市河道保洁管理办法（试行）》的通知' }).map((e) => [e.level, e.label, e.title]);
};

// A notice whose page keeps no styles: the enclosed 办法's title is a plain line, its （试行） on the next
const notice = (title: string[]) =>
  [
    '<p>各区人民政府：</p>',
    '<p>现将《某某市河道保洁管理办法（试行）》印发给你们，请认真贯彻执行。</p>',
    '<p>某某市人民政府</p><p>2024年3月1日</p>',
    ...title.map((t) => `<p>${t}</p>`),
    '<p>第一章　总则</p><p>第一条　为加强河道保洁管理，制定本办法。</p>',
    '<p>第二章　职责</p><p>第二条　区人民政府负责本区河道保洁。</p>',
  ].join('');

describe('a named enclosed document printed plain', () => {
  it.each([
    ['on one line', ['某某市河道保洁管理办法（试行）']],
    ['with （试行） under it', ['某某市河道保洁管理办法', '（试行）']],
    ['broken over two lines', ['某某市河道保洁', '管理办法（试行）']],
  ])('%s: its title is an entry and the chapters nest under it', (_, title) => {
    expect(rows(notice(title))).toEqual([
      [1, null, '某某市河道保洁管理办法（试行）'],
      [2, '第一章', '总则'],
      [3, '第一条', ''],
      [2, '第二章', '职责'],
      [3, '第二条', ''],
    ]);
  });

  it('a line only naming a document the notice does not enclose is no entry', () => {
    expect(rows(notice(['某某市河道管理条例'])).map((r) => r[2])).not.toContain('某某市河道管理条例');
  });
});
