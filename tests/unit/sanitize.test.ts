import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/dom';
import { sanitizeArticleElement, sanitizeArticleHtml } from '../../utils/sanitize';

const win = parseHtml('<html></html>').window as unknown as Window;
const clean = (h: string) => sanitizeArticleHtml(h, win);

describe('sanitizeArticleHtml', () => {
  it.each([
    ['<p onclick="alert(1)">x</p>', /onclick/],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/],
    ['<a href="  JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
    ['<a href="vbscript:msgbox(1)">x</a>', /vbscript/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:text\/html/],
    ['<script>alert(1)</script><p>x</p>', /script/],
    ['<iframe src="https://evil.example"></iframe>', /iframe/],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', /srcdoc|iframe/],
    ['<object data="x.swf"></object><embed src="x.swf">', /object|embed/],
    ['<form action="https://evil"><input name=a></form>', /form|input/],
    ['<style>body{background:url(javascript:alert(1))}</style>', /style|javascript/],
    ['<p style="background:url(javascript:alert(1))">x</p>', /style/],
    ['<base href="https://evil/">', /base/],
    ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', /meta|refresh/],
    ['<svg><script>alert(1)</script></svg>', /script|svg/],
    ['<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>', /animate|javascript/],
    ['<template><img src=x onerror=alert(1)></template>', /template|onerror/],
    ['<img src=x onerror="alert(1)">', /onerror/],
  ])('%s', (html, bad) => {
    expect(clean(html)).not.toMatch(bad);
    // The in-place variant used at clip time applies the same rules.
    const div = win.document.createElement('div');
    div.innerHTML = html;
    sanitizeArticleElement(div, win);
    expect(div.innerHTML).not.toMatch(bad);
  });

  it('keeps document structure, tables and safe links, and isolates links', () => {
    const out = clean('<h2>第一章</h2><p>正文<a href="https://www.gov.cn/x">链接</a></p><table><tr><td>1</td></tr></table>');
    expect(out).toContain('<h2>第一章</h2>');
    expect(out).toContain('<td>1</td>');
    expect(out).toMatch(/<a href="https:\/\/www.gov.cn\/x" rel="noopener noreferrer" target="_blank">/);
  });

  it('keeps audio and video without anything that fetches: no src, poster, autoplay or preload (also in place)', () => {
    const html =
      '<video autoplay preload="auto" src="https://t.example/v.mp4?u=1" poster="https://t.example/p.jpg" controls><source src="https://t.example/v.webm"><track src="https://t.example/c.vtt"></video>' +
      '<audio autoplay src="https://t.example/a.mp3"></audio><p>正文</p>';
    const div = win.document.createElement('div');
    div.innerHTML = html;
    sanitizeArticleElement(div, win);
    for (const out of [clean(html), div.innerHTML]) {
      expect(out).not.toMatch(/t\.example|autoplay|poster|preload/);
      expect(out).toContain('<video controls="">');
      expect(out).toContain('<audio></audio>');
      expect(clean(out)).toBe(out);
    }
    // Images keep their address: the reader holds it until the reader asks (utils/reader/remote-images.ts).
    expect(clean('<img src="https://t.example/i.png" alt="图">')).toBe('<img src="https://t.example/i.png" alt="图">');
  });
});
