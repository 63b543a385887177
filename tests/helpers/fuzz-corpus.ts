/** The fuzz corpus of tests/unit/fuzz-extract.test.ts: 1,000 seeded documents, and the hang guards shared with extract-limits.test.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../scripts/lib/dom';
import { DEFAULT_MAX_DEPTH } from '../../utils/extract';
import { measurePage } from '../../utils/extract/limits';
import { XSS_VECTORS } from '../fixtures/xss/vectors';
import { article, AR, HE, mutate, noise, NUMBERING, para, prng, text, wrap, zh, type Rng } from './fuzz-text';

// A hang guard, not a speed target (timings live in npm run bench): generous enough for a loaded CI machine.
export const BUDGET_MS = 15_000;
export const URL = 'https://fuzz.example/doc.html';
export const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');

export type Gen = (r: Rng) => string;

export const GENERATORS: Record<string, Gen> = {
  article: (r) => wrap(article(r, r.int(1, 25))),
  broken: (r) => mutate(r, wrap(article(r, r.int(5, 30))), r.int(1, 30)),
  deep: (r) => {
    // Readability's clean-up is quadratic or worse in block nesting (500 div levels ≈ 4 s, 1,000 ≈ 22 s in jsdom), so
    // pages deeper than DEFAULT_MAX_DEPTH are refused before it runs (spans here reach 400); 5,000+ levels below.
    const tag = r.pick(['div', 'span', 'section', 'blockquote', 'font', 'li']);
    const depth = tag === 'span' || tag === 'font' ? r.int(50, 400) : r.int(10, 100);
    return wrap(
      `<article>${para(r)}${`<${tag}>`.repeat(depth)}${para(r)}${`</${tag}>`.repeat(r.chance(0.5) ? depth : 0)}${para(r)}${para(r)}</article>`,
    );
  },
  table: (r) => {
    // Kept to ≤ 400 cells: collectLines' data-table check is quadratic in table size (see the skipped test below).
    const rows = r.int(10, 40);
    const cols = r.int(2, 10);
    const cell = () => `<td>${r.chance(0.3) ? r.pick(NUMBERING) : ''}${zh(r, r.int(1, 8))}</td>`;
    const body = Array.from({ length: rows }, () => `<tr>${Array.from({ length: cols }, cell).join('')}</tr>`).join('');
    return wrap(`<article>${para(r)}<table>${body}</table>${para(r)}</article>`);
  },
  'no-text': (r) =>
    wrap(`${'<div><span> </span>\n<p></p></div>'.repeat(r.int(1, 60))}${r.chance(0.5) ? '&nbsp;'.repeat(r.int(1, 500)) : ''}`),
  'images-only': (r) =>
    wrap(
      Array.from({ length: r.int(1, 80) }, (_, i) => `<p><img src="/img/${i}.jpg" alt="${r.chance(0.5) ? zh(r, 4) : ''}"></p>`).join(''),
    ),
  frames: (r) =>
    r.chance(0.5)
      ? `<html><head><title>Frames</title></head><frameset cols="20%,80%"><frame src="a.html"><frame src="b.html"><noframes>${article(r, 5)}</noframes></frameset></html>`
      : wrap(
          `${article(r, r.int(2, 10))}${Array.from({ length: r.int(1, 3) }, () => `<iframe srcdoc="${article(r, 2).replace(/"/g, '&quot;')}"></iframe>`).join('')}`,
        ),
  shadow: (r) => {
    const host = (d: number): string =>
      d === 0
        ? para(r)
        : `<div><template shadowrootmode="${r.pick(['open', 'closed'])}">${para(r)}<slot></slot>${host(d - 1)}</template>${para(r)}</div>`;
    return wrap(`<article>${para(r)}${host(r.int(1, 20))}${para(r)}${'<template>'.repeat(r.int(0, 5))}${para(r)}</article>`);
  },
  rtl: (r) =>
    wrap(
      `<article dir="rtl"><h1>${AR}</h1>${Array.from({ length: r.int(3, 30) }, () => `<p dir="${r.pick(['rtl', 'ltr', 'auto'])}">${r.pick([AR, HE, '\u202e' + AR, `${r.pick(NUMBERING)}${HE}`])} ${r.chance(0.3) ? zh(r, 20) : ''}</p>`).join('')}</article>`,
      '<meta charset="utf-8"><title>عنوان</title>',
    ),
  'charset-lie': (r) => {
    // The markup claims one encoding; the text is another (UTF-8 read as Latin-1, GBK mojibake, U+FFFD runs).
    const lie = r.pick(['gbk', 'gb2312', 'big5', 'shift_jis', 'utf-16', 'iso-8859-1', 'x-user-defined', 'utf-7', 'nonsense']);
    const mojibake = Buffer.from(zh(r, 60), 'utf8').toString('latin1');
    return wrap(
      article(r, r.int(2, 10)) + `<p>${mojibake}</p><p>${'\ufffd'.repeat(r.int(1, 300))}</p>`,
      `<meta charset="${lie}"><meta http-equiv="Content-Type" content="text/html; charset=${lie}"><title>${mojibake.slice(0, 20)}</title>`,
    );
  },
  noise: (r) => wrap(`<article>${Array.from({ length: r.int(1, 20) }, () => `<p>${noise(r, r.int(10, 2000))}</p>`).join('')}</article>`),
  'long-line': (r) => {
    const n = r.int(10_000, 150_000);
    const unit = r.pick(['一、', '法', 'x', '第一条', ' ']);
    return wrap(`<article>${para(r)}<p>${unit.repeat(Math.ceil(n / unit.length))}</p>${para(r)}</article>`);
  },
  numbering: (r) =>
    wrap(
      `<article>${Array.from({ length: r.int(10, 80) }, () => (r.chance(0.2) ? `<h${r.int(2, 4)}>${r.pick(NUMBERING)}${zh(r, 8)}</h${r.int(2, 4)}>` : para(r))).join(r.chance(0.3) ? '<br>' : '')}</article>`,
    ),
  xss: (r) =>
    wrap(
      `<article>${Array.from({ length: r.int(3, 20) }, () => `<p>${text(r)} ${r.pick(XSS_VECTORS).html} ${text(r)}</p>`).join('')}</article>`,
    ),
};

export const fixturePages = readdirSync(PAGES).map((d) => readFileSync(join(PAGES, d, 'source.html'), 'utf8'));

export interface Case {
  name: string;
  html: string;
  maxElements?: number;
}

/** 1,000 documents: generated ones of every kind, then mutated copies of the real fixture pages. */
export function corpus(): Case[] {
  const r = prng(20240607);
  const cases: Case[] = [];
  const kinds = Object.keys(GENERATORS);
  const mutatedCount = 180;
  for (let i = 0; cases.length < 1000 - mutatedCount; i++) {
    const kind = kinds[i % kinds.length]!;
    // Now and then a tight element cap, to take the too-large path on ordinary pages too.
    cases.push({ name: `${kind}#${i}`, html: GENERATORS[kind]!(r), maxElements: r.chance(0.05) ? r.int(5, 200) : undefined });
  }
  for (let i = 0; i < mutatedCount; i++) {
    const src = fixturePages[i % fixturePages.length]!;
    cases.push({ name: `mutated-fixture#${i}`, html: mutate(r, src, r.int(1, 60)) });
  }
  return cases;
}

/** Whether the parsed page nests deeper than the cap (the only other reason, besides a tight maxElements, to refuse). */
export function tooDeep(html: string): boolean {
  const dom = parseHtml(html, URL);
  try {
    return measurePage(dom.window.document.documentElement).depth > DEFAULT_MAX_DEPTH;
  } finally {
    dom.window.close();
  }
}

// Deep pages are refused by measuring, not by running Readability on them: well under the hang guard.
export const DEEP_BUDGET_MS = 5_000;
