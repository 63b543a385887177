// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markReferences, restoreReferences } from '../../utils/extract/passes/references';

const refs = (who: string) =>
  `<div class="refs"><p><b>参考文献</b></p><ol><li>${who}. 社区治理研究[J]. 管理世界, 2020(1): 1-9.</li><li>${who}. 基层政府职能转变[M]. 北京: 人民出版社, 2019.</li></ol></div>`;

/** Mark the page, then stand in for Readability: move `keep` into a fresh article element. */
function run(html: string, keep: string) {
  document.body.innerHTML = html;
  markReferences(document.body);
  const content = document.createElement('div');
  for (const el of Array.from(document.querySelectorAll(keep))) content.appendChild(el);
  return { content, moved: restoreReferences(content, content, document) };
}

describe('reference lists left out of the article', () => {
  it('appends the one reference block the article lacks, unmarked', () => {
    const { content, moved } = run(`<div class="body"><p>正文。</p></div>${refs('王明')}`, '.body');
    expect(moved).toBe(true);
    expect(content.textContent).toContain('王明. 社区治理研究');
    expect(content.querySelector('[data-cm-refs]')).toBeNull();
  });

  it('adds nothing when the article kept its list, or when two posts each have one', () => {
    expect(run(`<div class="body"><p>正文。</p>${refs('王明')}</div>`, '.body').moved).toBe(false);
    const two = run(`<div class="body"><p>正文。</p></div>${refs('王明')}<div class="b2"><p>另一篇。</p></div>${refs('李华')}`, '.body');
    expect(two.moved).toBe(false);
    expect(two.content.textContent).not.toContain('社区治理研究');
  });

  it('does not take a heading alone, a list of links, or a block in the page footer', () => {
    const links =
      '<div><p>References</p><ul><li><a href="/a">Open data portal for the whole region</a></li><li><a href="/b">Statistics yearbook online edition</a></li></ul></div>';
    const footer = `<footer>${refs('王明')}</footer>`;
    for (const extra of ['<div><p>参考文献</p></div>', links, footer])
      expect(run(`<div class="body"><p>正文。</p></div>${extra}`, '.body').moved).toBe(false);
  });
});
