/** Shared set-up of the popup component tests (popup*.test.tsx). */
import { cleanup } from '@testing-library/preact';
import type { ClipSummary } from '../../utils/messaging';
import type { Result } from '../../utils/result';
import { deleteDbs, trackedDb } from './db';

export const freshDb = () => trackedDb('popup');
/** For `afterEach`: unmount, then drop the test's databases. */
export async function cleanupPopup(): Promise<void> {
  cleanup();
  await deleteDbs();
}
export const okClip = async (): Promise<Result<ClipSummary>> => ({
  ok: true,
  value: { clipId: 'x', title: 'T', created: true, mode: 'article', postsLeftOut: 0 },
});
