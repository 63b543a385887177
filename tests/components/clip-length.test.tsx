// @vitest-environment jsdom
// A clip's length counted by its script, not its declared language, and said in the UI's language.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ClipRow } from '../../components/library/ClipRow';
import { setLocale } from '../../utils/i18n';
import { formatClipLength, lengthUnit } from '../../utils/length';
import { clipRow } from '../helpers/library';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const zhClip = clipRow('zh', {
  lang: '',
  title: '关于加强数据安全工作的意见',
  excerpt: '为贯彻落实党中央、国务院决策部署，现提出如下意见。',
  charCount: 992,
});
const enClip = clipRow('en', {
  lang: 'zh-CN',
  title: 'Data Protection Act 2018',
  excerpt: 'An Act to make provision for the regulation of the processing of information relating to individuals.',
  charCount: 6787,
});

describe('clip length', () => {
  it('picks the unit by script; mixed text by whichever dominates', () => {
    expect(lengthUnit('关于加强数据安全工作的意见')).toBe('chars');
    expect(lengthUnit('The State Council notice on the 14th Five-Year Plan')).toBe('words');
    expect(lengthUnit('GDP 增长 5.2%，CPI 上涨 0.2%，居民收入稳步增加')).toBe('chars');
    expect(lengthUnit('Guidance on the 数据 rules for foreign investors in China')).toBe('words');
  });

  it('a 992-character Chinese article without lang is 992 字, not "180 words"', () => {
    expect(formatClipLength(zhClip, 'en')).toBe('992 characters');
    setLocale('zh-CN');
    expect(formatClipLength(zhClip, 'zh-CN')).toBe('992 字');
    expect(formatClipLength({ ...zhClip, charCount: 3512 }, 'zh-CN')).toBe('3,512 字');
    expect(formatClipLength(enClip, 'zh-CN')).toBe('1,234 词');
  });

  it('the library row shows it in the UI language, never "k words"', () => {
    setLocale('zh-CN');
    const { container } = render(<ClipRow clip={{ ...enClip, charCount: 19_250 }} onRead={() => {}} />);
    expect(container.querySelector('.clip-length')!.textContent).toBe('3,500 词');
    cleanup();
    setLocale('en');
    const r = render(<ClipRow clip={zhClip} onRead={() => {}} />);
    expect(r.container.querySelector('.clip-length')!.textContent).toBe('992 characters');
  });
});
