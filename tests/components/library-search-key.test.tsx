// @vitest-environment jsdom
// "/" focuses the library's search box (the popup puts the page's outline and highlights first), except while typing.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibrarySearch } from '../../components/library/LibrarySearch';

afterEach(cleanup);

describe('the "/" key', () => {
  it('focuses the search box and scrolls it into view, without typing the slash', () => {
    const scroll = vi.fn();
    HTMLElement.prototype.scrollIntoView = scroll;
    render(
      <div>
        <button type="button">outline entry</button>
        <LibrarySearch query="" onQuery={() => {}} keyTarget={document} />
      </div>,
    );
    const box = screen.getByRole('searchbox') as HTMLInputElement;
    screen.getByRole('button').focus();
    const ev = new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true });
    screen.getByRole('button').dispatchEvent(ev);
    expect(document.activeElement).toBe(box);
    expect(ev.defaultPrevented).toBe(true);
    expect(scroll).toHaveBeenCalledWith({ block: 'start' });
    expect(box.value).toBe('');
    expect(box.getAttribute('aria-keyshortcuts')).toBe('/');
  });

  it('is a plain character in a text field, and does nothing without a key target', () => {
    const { unmount } = render(
      <div>
        <textarea aria-label="note" />
        <LibrarySearch query="" onQuery={() => {}} keyTarget={document} />
      </div>,
    );
    const note = screen.getByLabelText('note');
    note.focus();
    expect(fireEvent.keyDown(note, { key: '/' })).toBe(true); // not prevented
    expect(document.activeElement).toBe(note);
    unmount();
    render(<LibrarySearch query="" onQuery={() => {}} />);
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).not.toBe(screen.getByRole('searchbox'));
  });
});
