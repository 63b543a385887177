/**
 * Anchoring speed, measured the same way in Node and in Chromium (bench-anchoring-chromium.ts bundles this file into
 * a page): 200 highlights anchored in a ~120,000-character text, and the DOM path of the live page — visible-text
 * map of a big generated law page, anchoring, offsets → Ranges, painting. No Node APIs here.
 */
import { anchorInText } from '../../utils/anchoring';
import { buildTextMap, offsetsToRange } from '../../utils/anchoring/dom/text-map';
import { createPainter, type PaintItem } from '../../utils/reader/paint';
import { COLORS } from '../../utils/model/colors';
import { edit, EN_FILLER, makeHighlights, ZH_FILLER } from './bench-anchoring-edits';
import { generateLaw } from './gen-law';
import { chineseLaw, englishAct, prng } from './gen-text';
import { median, percentile } from './stats';

export interface Timing {
  label: string;
  median: number;
  p95: number;
}

const RUNS = 15;
const COUNT = 200;

function measure(label: string, run: () => void, runs = RUNS): Timing {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return { label, median: median(times), p95: percentile(times, 95) };
}

/** 200 highlights of a Chinese statute and an English Act, anchored after 0, 1 and 5 % edits. */
export function timeTextAnchoring(): Timing[] {
  const out: Timing[] = [];
  for (const [lang, text, filler] of [
    ['zh', chineseLaw(120_000, 11), ZH_FILLER],
    ['en', englishAct(120_000, 12), EN_FILLER],
  ] as const) {
    const highlights = makeHighlights(text, prng(99), COUNT);
    for (const rate of [0, 0.01, 0.05]) {
      const edited = rate ? edit(text, rate, prng(1234), filler).chars.join('') : text;
      // A new string each run, so the page is folded and indexed anew as it is when a page is opened.
      let run = 0;
      out.push(
        measure(`${lang} ${text.length} chars, edited ${rate * 100}%`, () => {
          const fresh = `${edited}${' '.repeat(++run)}`;
          for (const h of highlights) anchorInText(fresh, h);
        }),
      );
    }
  }
  return out;
}

/** Fill `doc` with a generated ~120,000-character law page and time the live-page path for 200 highlights on it. */
export function timeDomPath(doc: Document): Timing[] {
  const law = generateLaw({ chars: 120_000 });
  doc.body.innerHTML = new DOMParser().parseFromString(law.html, 'text/html').body.innerHTML;
  const first = buildTextMap(doc.body);
  const highlights = makeHighlights(first.text, prng(7), COUNT);
  // The page changed since the highlights were made (a notice added at the top): stored offsets no longer hold, so
  // every highlight is searched for. Each run edits the notice, so nothing cached from the last run is reused.
  const notice = doc.createElement('p');
  doc.body.prepend(notice);
  const painter = createPainter(doc);
  const steps = { map: [] as number[], anchor: [] as number[], ranges: [] as number[], paint: [] as number[], total: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    notice.textContent = `本页于第${i + 1}次更新：新增说明一则。`;
    const t0 = performance.now();
    const map = buildTextMap(doc.body);
    const t1 = performance.now();
    const spans = highlights.map((h) => anchorInText(map.text, h));
    const t2 = performance.now();
    const items: PaintItem[] = [];
    spans.forEach((s, k) => {
      const range = s && offsetsToRange(map, doc, s.start, s.end);
      if (range) items.push({ id: String(k), color: COLORS[k % COLORS.length]!, range });
    });
    const t3 = performance.now();
    painter.paint(items);
    const t4 = performance.now();
    steps.map.push(t1 - t0);
    steps.anchor.push(t2 - t1);
    steps.ranges.push(t3 - t2);
    steps.paint.push(t4 - t3);
    steps.total.push(t4 - t0);
  }
  painter.clear();
  const chars = first.text.length;
  const row = (label: string, xs: number[]): Timing => ({ label, median: median(xs), p95: percentile(xs, 95) });
  return [
    row(`buildTextMap (${chars} chars, ${doc.body.getElementsByTagName('*').length} elements)`, steps.map),
    row(`anchorInText × ${COUNT}`, steps.anchor),
    row(`offsetsToRange × ${COUNT}`, steps.ranges),
    row(`paint (${painter.mode})`, steps.paint),
    row('whole path', steps.total),
  ];
}
