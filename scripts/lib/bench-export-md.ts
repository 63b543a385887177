/**
 * Markdown export at scale: 1,000 generated clips with full text (statute-like Chinese bodies of 1–8k characters and
 * English Acts), each with its outline (chapters, articles, sections, numbered paragraphs as the outline names them)
 * and ~5 highlights, a third with notes — the whole of the export's work: headings found in the text, highlights
 * anchored and marked inline, footnotes, front matter, then the zip. Target ≤ 3 s.
 */
import { describeTextRange } from '../../utils/anchoring';
import { toMarkdown, toMarkdownZip } from '../../utils/export/markdown';
import type { FullBundle } from '../../utils/export/types';
import type { OutlineEntry } from '../../utils/model';
import { libraryBundle } from './bench-library-data';
import { int, prng } from './gen-text';
import { fmt, median } from './stats';

const CLIPS = 1000;
const TARGET_MS = 3000;

/** The outline a clip of this text gets: 第X章/第X条/（X） and PART/"1 Title"/(1), found line by line. */
function outlineOf(text: string): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const add = (level: number, label: string, title: string, rest: string) =>
    out.push({ level, label, title, preview: rest.slice(0, 30), anchor: `a${out.length}` });
  for (const line of text.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^(第[一二三四五六七八九十百]+章)[\s\u3000]*(.*)$/.exec(line))) add(1, m[1]!, m[2]!, m[2]!);
    else if ((m = /^(第[一二三四五六七八九十百]+条)[\s\u3000]*(.*)$/.exec(line))) add(2, m[1]!, '', m[2]!);
    else if ((m = /^(（[一二三四五六七八九十]+）)(.*)$/.exec(line))) add(3, m[1]!, m[2]!.replace(/[；。].*$/, '').slice(0, 60), m[2]!);
    else if ((m = /^(PART \d+)$/.exec(line))) add(1, m[1]!, '', '');
    else if ((m = /^(\d+[A-Z]?) ([A-Z].{0,60})$/.exec(line))) add(2, m[1]!, m[2]!, m[2]!);
    else if ((m = /^(\(\d+\)) (.*)$/.exec(line))) add(3, m[1]!, m[2]!.slice(0, 60), m[2]!);
  }
  return out;
}

function bundle(): FullBundle {
  const b = libraryBundle(CLIPS, 16);
  const r = prng(16);
  const highlights: FullBundle['highlights'] = [];
  for (const body of b.bodies) {
    body.outline = outlineOf(body.text);
    for (let h = 0; h < 5; h++) {
      const s = int(r, 0, body.text.length - 60);
      highlights.push({
        id: `${body.clipId}-m${h}`,
        clipId: body.clipId,
        url: '',
        color: 'yellow',
        note: h % 3 === 0 ? '需对照执行：第三条有变化' : '',
        createdAt: h,
        updatedAt: h,
        selectors: describeTextRange(body.text, s, s + int(r, 8, 60)),
      });
    }
  }
  return { ...b, highlights };
}

export function benchExportMarkdown(): void {
  const b = bundle();
  const chars = b.bodies.reduce((n, x) => n + x.text.length, 0);
  const entries = b.bodies.reduce((n, x) => n + x.outline.length, 0);
  console.log(
    `\n== export-md: Markdown export of ${CLIPS} clips with full text (${(chars / 1e6).toFixed(1)} M characters, ${entries} outline entries, ${b.highlights.length} highlights) [Node ${process.version}]`,
  );
  const now = Date.UTC(2026, 0, 1);
  for (const [name, run] of [
    ['files', () => toMarkdown(b).files.reduce((n, f) => n + f.content.length, 0)],
    ['zip', () => toMarkdownZip(b, { now }).byteLength],
  ] as const) {
    const times: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    for (let i = 0; i < 3; i++) {
      const s = performance.now();
      const c = process.cpuUsage();
      size = run();
      const used = process.cpuUsage(c);
      times.push(performance.now() - s);
      cpu.push((used.user + used.system) / 1000);
    }
    const ms = median(times);
    const ok = ms <= TARGET_MS ? 'ok' : 'OVER TARGET';
    // CPU time beside wall time: on a loaded machine the wall clock also measures the neighbours
    console.log(
      `  ${name.padEnd(5)} median ${fmt(ms, 0)} ms of 3, CPU ${fmt(median(cpu), 0)} ms (${(size / 1_048_576).toFixed(1)} MB)  [target ≤ ${TARGET_MS} ms: ${ok}]`,
    );
  }
}
