/**
 * Labelled metadata on policy pages: the gov.cn "索 引 号：| value" table and the "<span>发文字号：</span>value"
 * lists of provincial portals. Labels are found as text nodes, so any markup around them works.
 */
import { cleanPolicyValue, type PolicyField } from './policy-values';
import { LABELS, type LabelField } from './policy-labels';
import { blockText, squash } from '../../dom/blocks';

// Longest first, so 信息来源 wins over 来源; letters may be spaced with ASCII, full-width spaces or &nbsp;.
const GAP = '[\\s\\u00a0\\u3000]*';
const ALT = Object.keys(LABELS)
  .sort((a, b) => b.length - a.length)
  .map((l) => Array.from(l).join(GAP))
  .join('|');
// A label may also be set in brackets instead of ending in a colon: "[发文字号] 京发改…", "【成文日期】2026-03-06".
const LABEL_AT_START = new RegExp(`^${GAP}(?:[[【［]${GAP}(?=(?:${ALT})${GAP}[\\]】］]))?(${ALT})${GAP}((?:[\\]】］]${GAP})?[:：]?)`);
const LABEL_INSIDE = new RegExp(`(?:${ALT})${GAP}[:：]`);
// Further pairs in the same text node ("来源：X　作者：Y") start after a space or a separator.
const LABEL_AFTER_GAP = new RegExp(`(?<=[\\s\\u00a0\\u3000|｜/])(${ALT})${GAP}[:：]`, 'g');

const canonical = (label: string) => label.replace(/[\s\u00a0\u3000]+/g, '');
const CELL = new Set(['TD', 'TH', 'DT', 'DD']);
const STOP_BLOCK = /^(?:TD|TH|DT|DD|DIV|P|LI|TR|TABLE|UL|OL|DL|SECTION|H[1-6])$/;

export interface LabelHit {
  label: string;
  field: LabelField | null;
  value: string;
}

/** Text after the label: same text node first, then following siblings, climbing while an element holds only the label. */
function valueAfter(text: Text, rest: string, labelText: string): string {
  let value = rest;
  let node: Node = text;
  for (let up = 0; up < 6 && !squash(value); up++) {
    for (let sib = node.nextSibling; sib; sib = sib.nextSibling) {
      if (sib.nodeType === 3) value += sib.nodeValue ?? '';
      if (sib.nodeType !== 1) continue;
      const el = sib as Element;
      const t = el.textContent ?? '';
      if (el.tagName === 'BR' || LABEL_AT_START.test(t)) break;
      if (STOP_BLOCK.test(el.tagName)) {
        if (!squash(value)) value += t; // the value cell itself
        break;
      }
      value += t;
      if (value.length > 300) return '';
    }
    const parent: Element | null = node.parentElement;
    if (!parent || squash(parent.textContent ?? '') !== labelText) break;
    node = parent;
  }
  // A run of pairs in one text ("文号：X 发布日期：Y") ends where the next label starts.
  const next = LABEL_INSIDE.exec(value);
  return squash(next ? value.slice(0, next.index) : value);
}

/**
 * Colon-less labels count only as a whole table cell ("<th>索引号</th>"), not as a word in prose. A Word-exported
 * cell holds its text four deep (td > p > b > span).
 */
function isLabelCell(text: Text, labelText: string): boolean {
  for (let el = text.parentElement, up = 0; el && up < 5; el = el.parentElement, up++) {
    if (squash(el.textContent ?? '') !== labelText) return false;
    if (CELL.has(el.tagName)) return true;
  }
  return false;
}

/** Every label → value pair under `root`, in document order. */
export function labelHits(root: Node): LabelHit[] {
  const doc = root.ownerDocument ?? (root as Document);
  const hits: LabelHit[] = [];
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const raw = n.nodeValue ?? '';
    if (raw.length > 400) continue;
    const m = LABEL_AT_START.exec(raw);
    if (!m) continue;
    const tag = n.parentElement?.tagName ?? '';
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TITLE') continue;
    const rest = raw.slice(m[0].length);
    const labelText = squash(m[0]);
    if (!squash(m[2]!) && (squash(rest) || !isLabelCell(n, labelText))) continue;
    const label = canonical(m[1]!);
    hits.push({ label, field: LABELS[label] ?? null, value: valueAfter(n, rest, labelText) });
    for (const more of rest.matchAll(LABEL_AFTER_GAP)) {
      const l = canonical(more[1]!);
      const after = rest.slice(more.index! + more[0].length);
      hits.push({ label: l, field: LABELS[l] ?? null, value: valueAfter(n, after, squash(more[0])) });
    }
  }
  return [...hits, ...splitLabelCells(root, hits)];
}

/**
 * A label cell whose words a Word export set on two lines (作出处罚决定的 / 机关名称): no one text node holds the
 * label, the cell does. Its value is the next cell's text.
 */
function splitLabelCells(root: Node, hits: LabelHit[]): LabelHit[] {
  const found = new Set(hits.map((h) => h.label));
  const out: LabelHit[] = [];
  const cells = (root as Element).querySelectorAll?.('td, th') ?? [];
  for (const cell of Array.from(cells)) {
    const label = canonical(cell.textContent ?? '').replace(/[:：]$/, '');
    if (found.has(label) || !LABELS[label] || !cell.nextElementSibling) continue;
    found.add(label);
    out.push({ label, field: LABELS[label]!, value: squash(cell.nextElementSibling.textContent ?? '') });
  }
  return out;
}

/** First believable value per field from the page's labelled metadata. */
export function readLabelledFields(doc: Document): Partial<Record<LabelField, string>> {
  const out: Partial<Record<LabelField, string>> = {};
  if (!doc.body) return out;
  for (const h of labelHits(doc.body)) {
    if (!h.field || out[h.field]) continue;
    const v = cleanPolicyValue(asPolicyField(h.field), h.value);
    if (v) out[h.field] = v;
  }
  return out;
}

const asPolicyField = (f: LabelField): PolicyField => (f === 'publisher' ? 'issuer' : f === 'generated' ? 'publishDate' : f);

// Fields that mark a document's metadata block rather than a news info line (来源/作者/发布时间).
const POLICY_LABELS = new Set<PolicyField>(['issuer', 'docNumber', 'indexNumber', 'subject', 'writtenDate']);

/**
 * True for a block that only holds policy metadata (several distinct labels, text mostly labels and values),
 * so the pipeline can drop it from the article body; a layout table that also wraps the text is kept.
 */
export function isPolicyMetaTable(el: Element): boolean {
  const hits = labelHits(el);
  const labels = new Set(hits.map((h) => h.label));
  const fields = hits.flatMap((h) => (h.field ? [asPolicyField(h.field)] : []));
  const policy = new Set(fields.filter((f) => POLICY_LABELS.has(f)));
  if (labels.size < 3 || policy.size < 2) return false;
  // blockText, not textContent: inline <script> blocks inside these tables are not text a reader sees.
  const total = blockText(el).replace(/[\s\u00a0\u3000:：]+/g, '').length;
  const covered = hits.reduce((n, h) => n + h.label.length + h.value.replace(/\s+/g, '').length, 0);
  return covered >= 0.6 * total;
}
