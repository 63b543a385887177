/**
 * Numbered tips and recommendations set as an ordered list whose every item opens with a bold lead (<ol><li><b>Know
 * how to get help.</b> Become familiar …</li>…): a reader sees "1. Know how to get help" as a numbered head, the
 * number being the list's own (drawn by the browser, not in the text). Other list items stay an enumeration.
 */
import type { Line } from './blocks';
import type { Candidate } from './classify';
import { isTitleLike } from './heads';

const MIN_ITEMS = 3;
const qualified = new WeakMap<Element, boolean>();

/** The item's bold lead when it opens the item and prose follows it; '' otherwise. */
function leadOf(li: Element): string {
  const first = Array.from(li.childNodes).find((n) => n.nodeType !== 3 || (n.nodeValue ?? '').trim());
  const el = first?.nodeType === 1 ? (first as Element) : null;
  const bold = el && /^(?:B|STRONG)$/.test(el.tagName) ? el : el?.querySelector(':scope > b:first-child, :scope > strong:first-child');
  if (!bold || (el !== bold && (el!.firstChild as Node | null) !== bold)) return '';
  const lead = (bold.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rest = (li.textContent ?? '').replace(/\s+/g, ' ').trim().slice(lead.length);
  const words = /[\u3400-\u9fff]/.test(lead) ? lead.length >= 4 : lead.split(' ').length >= 2;
  return words && lead.length <= 80 && rest.length >= 20 && isTitleLike(lead.replace(/[.。:：]$/, ''), 80) ? lead : '';
}

/** An <ol> (not inside another list) with three or more items, every one led by a bold title. */
function isHeadList(ol: Element): boolean {
  let ok = qualified.get(ol);
  if (ok === undefined) {
    const items = Array.from(ol.children).filter((c) => c.tagName === 'LI');
    const type = (ol.getAttribute('type') ?? '1').trim();
    ok = type === '1' && !ol.parentElement?.closest('li') && items.length >= MIN_ITEMS && items.every((li) => !!leadOf(li));
    qualified.set(ol, ok);
  }
  return ok;
}

/** The line as a numbered head when it opens such an item. */
export function listHead(line: Line): Candidate | null {
  const li = line.block.closest('li');
  const ol = li?.parentElement;
  if (!li || !ol || ol.tagName !== 'OL' || !isHeadList(ol)) return null;
  const lead = leadOf(li);
  if (!(line.text.trim().startsWith(lead.slice(0, 8)) && li.contains(line.start))) return null;
  const items = Array.from(ol.children).filter((c) => c.tagName === 'LI');
  const start = Number.parseInt(ol.getAttribute('start') ?? '1', 10);
  const value = (Number.isFinite(start) ? start : 1) + items.indexOf(li);
  const rest = lead.replace(/[.。:：]$/, '');
  return { kind: 'numbered', style: 'ar-dot', line, joined: [], label: { style: 'ar-dot', label: `${value}.`, value, rest }, rest };
}
