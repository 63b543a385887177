/** Shared set-up of the options page component tests (options*.test.tsx): a fixed clock, databases, a backup file. */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { vi } from 'vitest';
import { deleteDbs, trackedDb } from './db';

export const NOW = new Date(2026, 10, 27, 10, 0).getTime();
export const freshDb = () => trackedDb('options');
/** For `afterEach`: unmount, then drop the test's databases. */
export async function cleanupOptions(): Promise<void> {
  cleanup();
  await deleteDbs();
}
/** jsdom's File has no text(): the panel only needs size and text(), as a browser File has. */
export function fakeFile(content: string, size = content.length) {
  return { name: 'backup.json', size, text: vi.fn(async () => content) };
}
export function chooseFile(file: ReturnType<typeof fakeFile>) {
  const input = screen.getByLabelText('Backup file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}
/** Choose a file, wait for its plan, and press Import. */
export async function importFile(file: ReturnType<typeof fakeFile>) {
  chooseFile(file);
  await screen.findByText('This backup holds:');
  fireEvent.click(screen.getByRole('button', { name: 'Import' }));
}
