// @vitest-environment jsdom
// Without @testing-library's act(), which runs pending effects at once: here effects run only when a frame comes.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageOutline } from '../../components/page/PageOutline';
import type { EarlyOutline } from '../../components/page/early-outline';
import type { OutlineEntry } from '../../utils/model';
import { freshDb } from '../helpers/popup';
import { deleteDbs } from '../helpers/db';

const o = (level: number, label: string, title: string): OutlineEntry => ({ level, label, title, preview: '', anchor: '' });
const outline = [o(1, '第一章', '总则'), o(2, '第一条', '立法目的'), o(1, '第二章', '附则')];
const titles = (host: Element) => [...host.querySelectorAll('[role="treeitem"] .outline-title')].map((e) => e.textContent);
const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

afterEach(async () => {
  vi.useRealTimers();
  document.body.innerHTML = '';
  await deleteDbs();
});

describe('PageOutline shows what the early read brought without waiting for frames', () => {
  it("renders an early preview's entries before any frame or timer has run", async () => {
    // no frame ever comes: effects that wait for a paint never run
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const early: Promise<EarlyOutline> = Promise.resolve({
      clipId: null,
      preview: Promise.resolve({ ok: true, value: { outline, title: 'T' } }),
    });
    const host = document.body.appendChild(document.createElement('div'));
    render(<PageOutline db={freshDb()} tabId={6} clipId={null} previewOutline={vi.fn()} early={early} />, host);
    await settle();
    expect(titles(host)).toEqual(['总则', '立法目的', '附则']);
  });

  it("renders an early stored outline's entries before any frame or timer has run", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const host = document.body.appendChild(document.createElement('div'));
    const early: Promise<EarlyOutline> = Promise.resolve({ clipId: 'c1', outline });
    render(<PageOutline db={freshDb()} tabId={5} clipId={undefined} previewOutline={vi.fn()} early={early} />, host);
    await settle();
    expect(titles(host)).toEqual(['总则', '立法目的', '附则']);
  });
});
