/**
 * The highlighter's toolbar (by a selection) and panel (on a painted highlight), in a shadow root so the page's
 * CSS cannot reach them. The root is open so Playwright and assistive tech can reach the buttons; clicks the page
 * fakes (isTrusted false) are ignored.
 */
import { COLORS, COLOR_VALUES, type HighlightColor } from '../anchoring/dom/paint';
import { UI_ATTR } from '../anchoring/dom/text-map';
import { getLocale, t } from '../i18n';

export interface PanelHandlers {
  onColor(c: HighlightColor): void;
  onNote(note: string): void;
  onDelete(): void;
}

export interface HighlighterUi {
  /** Colour buttons and "Note" by a selection; a colour saves at once, "Note" asks for the note first. */
  showToolbar(at: DOMRect, onSave: (color: HighlightColor, note: string) => void): void;
  showPanel(at: DOMRect, current: { color: string; note: string }, handlers: PanelHandlers): void;
  hide(): void;
  /** The event happened in our UI (its host in the page). */
  owns(e: Event): boolean;
}

// Light and dark follow the system like the extension's own pages; with forced colours (Windows high contrast) the
// system colours take over, except on the swatches, whose colour is their meaning.
const CSS = `
:host { all: initial; }
.box { --bg: #fff; --fg: #1d1d1f; --line: #8e8e93; --btn: #f6f6f6; --ring: #8a1c1c;
  position: fixed; z-index: 2147483647; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; max-width: 320px;
  padding: 6px 8px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
@media (prefers-color-scheme: dark) {
  .box { --bg: #26262b; --fg: #ececf0; --line: #7c7c84; --btn: #34343a; --ring: #ff9d8f; box-shadow: 0 4px 14px rgba(0,0,0,.5); }
}
button { font: inherit; cursor: pointer; border: 1px solid var(--line); border-radius: 5px; background: var(--btn); color: inherit; padding: 3px 8px; }
button.swatch { width: 22px; height: 22px; padding: 0; border-radius: 50%; }
button.swatch[aria-pressed="true"], button:focus-visible { outline: 2px solid var(--ring); outline-offset: 1px; }
textarea { width: 100%; min-height: 54px; box-sizing: border-box; font: inherit; resize: vertical; background: var(--bg); color: inherit; border: 1px solid var(--line); }
textarea:focus-visible { outline: 2px solid var(--ring); }
.row { display: flex; gap: 6px; width: 100%; justify-content: flex-end; }
@media (forced-colors: active) {
  .box { border-color: CanvasText; }
  button.swatch { forced-color-adjust: none; border: 2px solid ButtonText; }
  button.swatch[aria-pressed="true"], button:focus-visible, textarea:focus-visible { outline-color: Highlight; }
}
`;

export function createUi(doc: Document): HighlighterUi {
  const host = doc.createElement('clausemark-highlighter');
  host.setAttribute(UI_ATTR, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  root.appendChild(style);
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'toolbar');
  box.setAttribute('lang', getLocale()); // CJK glyphs and screen-reader voice follow the UI, not the page
  root.appendChild(box);

  const el = <K extends 'button' | 'textarea' | 'div'>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  };
  const button = (label: string, onClick: () => void, attrs: Record<string, string> = {}, text = label) => {
    const b = el('button', { type: 'button', 'aria-label': label, ...attrs });
    b.textContent = text;
    b.addEventListener('mousedown', (e) => e.preventDefault()); // keep the page's selection
    b.addEventListener('click', (e) => e.isTrusted && onClick());
    return b;
  };
  const swatch = (c: HighlightColor, pressed: boolean, onPick: (c: HighlightColor) => void) => {
    const name = t(`highlighter.${c}`);
    const b = button(name, () => onPick(c), { class: 'swatch', 'aria-pressed': String(pressed), title: t('highlighter.highlightIn', { color: name.toLowerCase() }) }, '');
    // the paint is translucent: show it as it looks on a white page, also on the dark toolbar
    b.style.background = `linear-gradient(${COLOR_VALUES[c]}, ${COLOR_VALUES[c]}), #fff`;
    return b;
  };
  const noteEditor = (initial: string, onSave: (note: string) => void, extra: HTMLElement[] = []) => {
    const area = el('textarea', { 'aria-label': t('highlighter.note'), placeholder: t('highlighter.notePlaceholder') });
    area.value = initial;
    const row = el('div', { class: 'row' });
    row.append(...extra, button(t('highlighter.saveNote'), () => onSave(area.value)));
    return [area, row];
  };
  const place = (at: DOMRect) => {
    const view = doc.defaultView!;
    const top = at.bottom + 8 + 60 > view.innerHeight ? Math.max(4, at.top - 8 - 60) : at.bottom + 8;
    box.style.top = `${top}px`;
    box.style.left = `${Math.max(4, Math.min(at.left, view.innerWidth - 330))}px`;
  };
  const open = (at: DOMRect, label: string, children: HTMLElement[]) => {
    box.replaceChildren(...children);
    box.setAttribute('aria-label', label);
    place(at);
    if (!host.isConnected) doc.documentElement.appendChild(host);
  };
  const hide = () => host.remove();

  return {
    showToolbar(at, onSave) {
      const save = (c: HighlightColor, note = '') => {
        hide();
        onSave(c, note);
      };
      const noteButton = button(t('highlighter.note'), () => open(at, t('highlighter.noteToolbar'), noteEditor('', (n) => save('yellow', n))));
      open(at, t('highlighter.toolbar'), [...COLORS.map((c) => swatch(c, false, save)), noteButton]);
    },
    showPanel(at, current, h) {
      const del = button(t('highlighter.delete'), () => (hide(), h.onDelete()), { title: t('highlighter.deleteTitle') });
      const swatches = COLORS.map((c) => swatch(c, c === current.color, (picked) => (hide(), h.onColor(picked))));
      open(at, t('highlighter.toolbar'), [...swatches, ...noteEditor(current.note, (n) => (hide(), h.onNote(n)), [del])]);
    },
    hide,
    owns: (e) => e.composedPath().includes(host),
  };
}
