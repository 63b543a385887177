import { describe, expect, it } from 'vitest';
import { mayContain, signatureOf } from '../../utils/search/signature';

describe('bigram signature', () => {
  const text = '国务院关于加快推进数字经济发展的指导意见。各省、自治区、直辖市人民政府。data economy 2024';
  const sig = signatureOf(text);

  it('never rules out a substring (no false negatives)', () => {
    for (let i = 0; i < text.length; i++)
      for (let j = i + 1; j <= Math.min(text.length, i + 12); j++) expect(mayContain(sig, text.slice(i, j))).toBe(true);
  });

  it('rules out nearly every needle that is absent', () => {
    const pool = '公安机关网信部门生态环境保护督察人民法院审判数字政府建设监测预警';
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) % pool.length;
    const needles = Array.from({ length: 400 }, () => Array.from({ length: 4 }, () => pool[rnd()]).join('')).filter(
      (n) => !text.includes(n),
    );
    const passed = needles.filter((n) => mayContain(sig, n)).length;
    expect(passed / needles.length).toBeLessThan(0.02);
  });

  it('single characters always may occur', () => {
    expect(mayContain(sig, '龘')).toBe(true);
  });
});
