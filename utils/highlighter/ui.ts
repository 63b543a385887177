/**
 * The highlighter's toolbar by a selection: four colours and "Note", in the highlighter's closed shadow root, so the
 * page's CSS cannot reach it and its scripts cannot read it. Its buttons act only on trusted events: a click the page
 * fakes does nothing. It holds no text field: notes are typed in the note frame (note-frame.ts), whose keys the page
 * never sees.
 */
import { COLORS, COLOR_VALUES, type HighlightColor } from '../model/colors';
import { getLocale, t } from '../i18n';
import type { OverlayHost } from './host';

export interface ToolbarHandlers {
  /** A colour: save the selection in it at once. */
  onColor(c: HighlightColor): void;
  /** "Note": save the selection (yellow) and open the note frame for it. */
  onNote(): void;
}

export interface HighlighterUi {
  showToolbar(at: DOMRect, handlers: ToolbarHandlers): void;
  hide(): void;
  readonly open: boolean;
}

// Light and dark follow the system like the extension's own pages; with forced colours (Windows high contrast) the
// system colours take over, except on the swatches, whose colour is their meaning.
const CSS = `
.box { --bg: #fff; --fg: #1d1d1f; --line: #8e8e93; --btn: #f6f6f6; --ring: #8a1c1c;
  position: fixed; z-index: 2147483647; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; max-width: 320px; pointer-events: auto;
  padding: 6px 8px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 4px 14px rgba(0,0,0,.18);
  font: 13px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
@media (prefers-color-scheme: dark) {
  .box { --bg: #26262b; --fg: #ececf0; --line: #7c7c84; --btn: #34343a; --ring: #ff9d8f; box-shadow: 0 4px 14px rgba(0,0,0,.5); }
}
.box[hidden] { display: none; }
button { font: inherit; cursor: pointer; border: 1px solid var(--line); border-radius: 5px; background: var(--btn); color: inherit; padding: 3px 8px; }
button.swatch { width: 22px; height: 22px; padding: 0; border-radius: 50%; }
button:focus-visible { outline: 2px solid var(--ring); outline-offset: 1px; }
@media (forced-colors: active) {
  .box { border-color: CanvasText; }
  button.swatch { forced-color-adjust: none; border: 2px solid ButtonText; }
  button:focus-visible { outline-color: Highlight; }
}
`;

export function createUi(doc: Document, host: OverlayHost): HighlighterUi {
  const style = doc.createElement('style');
  style.textContent = CSS;
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'toolbar');
  box.setAttribute('lang', getLocale()); // CJK glyphs and screen-reader voice follow the UI, not the page
  box.hidden = true;
  host.root.append(style, box);

  const button = (label: string, onClick: () => void, attrs: Record<string, string> = {}, text = label) => {
    const b = doc.createElement('button');
    for (const [k, v] of Object.entries({ type: 'button', 'aria-label': label, ...attrs })) b.setAttribute(k, v);
    b.textContent = text;
    b.addEventListener('mousedown', (e) => e.preventDefault()); // keep the page's selection
    b.addEventListener('click', (e) => e.isTrusted && onClick());
    return b;
  };
  const hide = () => {
    box.hidden = true;
    box.replaceChildren();
    host.hold('toolbar', false);
  };

  return {
    showToolbar(at, h) {
      const swatches = COLORS.map((c) => {
        const name = t(`highlighter.${c}`);
        const b = button(
          name,
          () => (hide(), h.onColor(c)),
          { class: 'swatch', title: t('highlighter.highlightIn', { color: name.toLowerCase() }) },
          '',
        );
        // the paint is translucent: show it as it looks on a white page, also on the dark toolbar
        b.style.background = `linear-gradient(${COLOR_VALUES[c]}, ${COLOR_VALUES[c]}), #fff`;
        return b;
      });
      box.replaceChildren(
        ...swatches,
        button(t('highlighter.note'), () => (hide(), h.onNote())),
      );
      box.setAttribute('aria-label', t('highlighter.toolbar'));
      const view = doc.defaultView!;
      const top = at.bottom + 8 + 60 > view.innerHeight ? Math.max(4, at.top - 8 - 60) : at.bottom + 8;
      box.style.top = `${top}px`;
      box.style.left = `${Math.max(4, Math.min(at.left, view.innerWidth - 330))}px`;
      box.hidden = false;
      host.hold('toolbar', true);
    },
    hide,
    get open() {
      return !box.hidden;
    },
  };
}
