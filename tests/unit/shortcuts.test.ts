import { describe, expect, it } from 'vitest';
import { CLIP_KEY, shortcut } from '../../utils/shortcuts';

describe('the commands’ default keys', () => {
  it('Chrome keeps Alt+Shift+S and Alt+Shift+H', () => {
    expect([shortcut('clip', 'chrome'), shortcut('highlight', 'chrome'), shortcut('clip', 'edge')]).toEqual([
      'Alt+Shift+S',
      'Alt+Shift+H',
      'Alt+Shift+S',
    ]);
  });

  it('Firefox avoids its menu bar’s access keys (File Edit View hiStory Bookmarks Tools Help), which take Alt+Shift+<letter> first', () => {
    for (const name of ['clip', 'highlight'] as const) {
      const key = shortcut(name, 'firefox');
      expect(key).toMatch(/^Alt\+Shift\+[A-Z]$/);
      expect('FEVSBTH').not.toContain(key.slice(-1));
    }
    expect(shortcut('clip', 'firefox')).not.toBe(shortcut('highlight', 'firefox'));
  });

  it('outside a Firefox build (unit tests, the CLI) the sentences name Chrome’s key', () => {
    expect(CLIP_KEY).toBe('Alt+Shift+S');
  });
});
