// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markAbstracts, restoreAbstracts } from '../../utils/extract/passes/abstract';

const ZH = '<div id="zh"><b>摘要：</b>本文基于二十个社区的问卷与访谈资料，分析数字平台对社区治理效能的影响。</div>';
const EN = '<div id="en"><b>Abstract: </b>Based on surveys in twenty communities, this paper analyses digital platforms.</div>';
const KW = '<p id="kw">关键词：<a href="/s?k=1">社区治理</a>；<a href="/s?k=2">数字平台</a>；<a href="/s?k=3">基层减负</a></p>';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};
const article = (html = '<p>1. 引言</p><p>正文第一段。</p>') => {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
};
const ids = (els: Element[]) => els.map((e) => e.id);

describe('paper abstracts (摘要 / Abstract) left out of the article', () => {
  it('finds the innermost labelled blocks in page order, as copies', () => {
    const body = page(`<div class="head"><div class="wrap">${ZH}${EN}</div>${KW}</div><div class="body"><p>正文。</p></div>`);
    const found = markAbstracts(body);
    expect(ids(found)).toEqual(['zh', 'en', 'kw']);
    expect(found[0]).not.toBe(body.querySelector('#zh'));
  });

  it('puts them at the top of an article that lacks them', () => {
    const found = markAbstracts(page(`${ZH}${EN}${KW}`));
    const target = article();
    expect(restoreAbstracts(target, found, 'https://j.example.cn/p/1')).toBe(3);
    expect(Array.from(target.children).map((e) => e.textContent?.slice(0, 6))).toEqual([
      '摘要：本文基',
      'Abstra',
      '关键词：社区',
      '1. 引言',
      '正文第一段。',
    ]);
    expect(target.querySelector('a')?.getAttribute('href')).toBe('https://j.example.cn/s?k=1');
  });

  it('leaves an article that already has its abstract as it is', () => {
    const found = markAbstracts(page(`${ZH}${EN}`));
    const target = article(`<p>摘要：本文基于二十个社区的问卷与访谈资料，分析数字平台对社区治理效能的影响。</p><p>正文。</p>`);
    expect(restoreAbstracts(target, found, 'https://j.example.cn/')).toBe(0);
    expect(target.children).toHaveLength(2);
  });

  it('does not take a list of papers’ abstracts, nor keywords alone', () => {
    const two = markAbstracts(page(`${ZH}${ZH.replace('id="zh"', 'id="zh2"')}`));
    expect(two).toHaveLength(2);
    expect(restoreAbstracts(article(), two, 'https://j.example.cn/')).toBe(0);
    expect(restoreAbstracts(article(), markAbstracts(page(KW)), 'https://j.example.cn/')).toBe(0);
  });

  it('takes an English label only with a colon or standing alone, not a sentence that starts with the word', () => {
    const found = markAbstracts(
      page(
        '<div id="a"><h2>Abstract</h2><p>We survey twenty communities and analyse how platforms change the work.</p></div>' +
          '<p id="b">Abstract expressionism began in New York in the 1940s and soon spread across the world.</p>' +
          '<p id="c">Keywords community governance; platforms</p>',
      ),
    );
    expect(ids(found)).toEqual(['a']);
  });

  it('ignores page furniture, link lists and labels without text', () => {
    const linked = '<div><b>摘要：</b><a href="/1">第一篇论文的题目很长很长很长</a> <a href="/2">第二篇论文的题目也很长很长</a></div>';
    expect(markAbstracts(page(`<aside>${ZH}</aside><footer>${EN}</footer>${linked}<div>摘要：</div>`))).toEqual([]);
  });
});
