// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../components/options/OptionsApp';
import { PopupApp } from '../../components/PopupApp';
import { cleanupOptions, freshDb } from '../helpers/options';

afterEach(cleanupOptions);

describe('popup link', () => {
  it('"Library & backup…" opens the options page', async () => {
    const openLibrary = vi.fn();
    render(
      <PopupApp
        db={freshDb()}
        tab={null}
        clip={async () => ({ ok: false, error: { code: 'no-tab', message: '' } })}
        openUrl={() => {}}
        openLibrary={openLibrary}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Library & backup…' }));
    expect(openLibrary).toHaveBeenCalledOnce();
  });
});

describe('sites with automatic highlights', () => {
  it('lists each site with a Remove button and says why it is per site', async () => {
    let sites = ['https://www.gov.cn/*', 'http://127.0.0.1/*'];
    const remove = vi.fn(async (p: string) => void (sites = sites.filter((s) => s !== p)));
    render(<OptionsApp db={freshDb()} save={() => {}} autoShow={{ load: async () => sites, remove }} />);
    const section = await screen.findByRole('region', { name: 'Sites with automatic highlights' });
    expect(section.textContent).toMatch(/never to every site/);
    await screen.findByText('www.gov.cn');
    fireEvent.click(screen.getByRole('button', { name: 'Remove www.gov.cn' }));
    await waitFor(() => expect(screen.queryByText('www.gov.cn')).toBeNull());
    expect(remove).toHaveBeenCalledWith('https://www.gov.cn/*');
    expect(screen.getByText('127.0.0.1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove 127.0.0.1' }));
    await screen.findByText(/None yet/);
  });
});
