// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageSetting } from '../../components/options/LanguageSetting';
import { setLocale } from '../../utils/i18n';

afterEach(() => {
  cleanup();
  setLocale('en');
});

describe('LanguageSetting', () => {
  it('offers auto, 中文 and English, shows the stored choice and reports a new one', () => {
    const onChange = vi.fn();
    render(<LanguageSetting value="zh-CN" onChange={onChange} />);
    const select = screen.getByLabelText('Interface language') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Automatic (the browser’s language)', '中文', 'English']);
    expect(select.value).toBe('zh-CN');
    fireEvent.change(select, { target: { value: 'en' } });
    expect(onChange).toHaveBeenCalledWith('en');
  });
});
