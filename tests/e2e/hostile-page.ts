/**
 * A hostile page for the privacy test: its own main-world script records everything a page can see of an extension
 * (CSS.highlights, attachShadow calls and reachable shadow roots, capture-phase key and input events on window and
 * document, every attribute/child/text mutation of the document with the added elements' markup and text, messages,
 * frames, <mark>s and [data-clausemark-id]s) and POSTs its log home to /log. `window.__probe()` dispatches synthetic
 * mouse events at every other character of the page's text, then reads the DOM. Selection is not recorded: any page
 * sees what its user selects.
 */
const RECORDER = String.raw`(() => {
  const log = [];
  let sent = 0;
  const rec = (kind, data) => log.push({ kind, at: Date.now(), data });
  const flush = () => {
    if (sent >= log.length) return Promise.resolve();
    const batch = log.slice(sent);
    sent = log.length;
    return fetch('/log', { method: 'POST', body: JSON.stringify(batch), keepalive: true }).catch(() => {});
  };
  setInterval(flush, 300);
  addEventListener('pagehide', flush);
  const texts = (h) => { try { return [...h].map((r) => r.toString()); } catch (e) { return String(e); } };
  const readHighlights = () => {
    try {
      const out = [];
      CSS.highlights.forEach((h, name) => out.push([name, texts(h)]));
      if (out.length) rec('css-highlights', out);
    } catch (e) {}
  };
  try {
    const proto = Object.getPrototypeOf(CSS.highlights);
    const set = proto.set;
    proto.set = function (name, h) { rec('css-highlights-set', [name, texts(h)]); return set.call(this, name, h); };
  } catch (e) {}
  const shadows = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const r = attach.call(this, init);
    rec('attachShadow', { tag: this.tagName, mode: init && init.mode });
    shadows.push(r);
    return r;
  };
  const readShadows = () => {
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) rec('shadow-root', { tag: el.tagName, html: el.shadowRoot.innerHTML, text: el.shadowRoot.textContent });
    for (const r of shadows) rec('shadow-kept', r.innerHTML);
  };
  const KEYS = ['keydown', 'keypress', 'keyup', 'input', 'beforeinput', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend', 'paste'];
  for (const target of [window, document])
    for (const type of KEYS)
      target.addEventListener(type, (e) => rec('key', { type, key: e.key, code: e.code, data: e.data, target: e.target && e.target.nodeName, path: e.composedPath().map((n) => n.nodeName) }), true);
  addEventListener('message', (e) => { let d; try { d = JSON.stringify(e.data); } catch (x) { d = String(e.data); } rec('message', { data: d, origin: e.origin }); }, true);
  // From DOMContentLoaded on: before it, the parser's own insertions (an extension's code runs only after it)
  const observer = new MutationObserver((records) => {
    for (const r of records)
      rec('mutation', {
        type: r.type, target: r.target.nodeName, attr: r.attributeName,
        value: r.attributeName ? r.target.getAttribute(r.attributeName) : r.type === 'characterData' ? r.target.data : undefined,
        added: [...r.addedNodes].map((n) => ({ name: n.nodeName, html: n.outerHTML, text: n.textContent })),
        removed: [...r.removedNodes].map((n) => n.nodeName),
      });
  });
  addEventListener('DOMContentLoaded', () => observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }));
  const readDom = () => {
    readHighlights();
    readShadows();
    rec('marks', [...document.querySelectorAll('mark,[data-clausemark-id]')].map((m) => m.outerHTML));
    rec('html-attrs', [...document.documentElement.attributes].map((a) => a.name + '=' + a.value));
    rec('styles', [...document.querySelectorAll('style')].map((s) => s.textContent));
    rec('frames', { length: window.length, iframes: [...document.querySelectorAll('iframe')].map((f) => f.src) });
    for (let i = 0; i < window.length; i++) {
      try { rec('frame-doc', frames[i].document.body.innerText); } catch (e) { rec('frame-doc-blocked', e.name); }
      try { rec('frame-href', frames[i].location.href); } catch (e) {}
    }
    rec('active', document.activeElement && document.activeElement.nodeName);
  };
  window.__probe = async () => {
    // its own links must not navigate it away
    const stay = (e) => { if (!e.isTrusted) e.preventDefault(); };
    addEventListener('click', stay);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let clicks = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.length; i += 2) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, Math.min(i + 1, n.length));
        const b = r.getBoundingClientRect();
        if (!b.width) continue;
        const x = b.left + b.width / 2, y = b.top + b.height / 2;
        const el = document.elementFromPoint(x, y) || n.parentElement;
        for (const type of ['mousedown', 'mouseup', 'click'])
          el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window }));
        clicks++;
      }
    }
    removeEventListener('click', stay);
    rec('probe-clicks', clicks);
    await new Promise((r) => setTimeout(r, 600));
    readDom();
    await flush();
    return clicks;
  };
  setInterval(() => { readHighlights(); readShadows(); }, 250);
  addEventListener('DOMContentLoaded', () => rec('html-attrs-at-load', [...document.documentElement.attributes].map((a) => a.name + '=' + a.value)));
})();`;

/** `html` with the recorder as the first script of its <head>. */
export function hostile(html: string): string {
  return html.replace(/<head>/i, `<head><script>${RECORDER}</script>`);
}

export interface LogEntry {
  kind: string;
  at: number;
  data: unknown;
}

/** Everything the page sent home, in order. */
export function pageLog(posts: { path: string; body: string }[]): LogEntry[] {
  return posts.filter((p) => p.path === '/log').flatMap((p) => JSON.parse(p.body) as LogEntry[]);
}
