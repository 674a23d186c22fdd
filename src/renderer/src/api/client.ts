import type { CoachbookBridge } from '@shared/api/bridge';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/api/contract';
import type { CoreEvent } from '@shared/api/events';
import { ApiCallError } from './api-call-error';

export { ApiCallError, isApiCallError } from './api-call-error';

/** Set by tests (and nothing else) so jsdom can run the real UI against an in-memory fake. */
let injectedBridge: CoachbookBridge | null = null;

export function setBridge(bridge: CoachbookBridge | null): void {
  injectedBridge = bridge;
}

function currentBridge(): CoachbookBridge {
  if (injectedBridge) return injectedBridge;
  if (typeof window !== 'undefined' && 'coachbook' in window) return window.coachbook;
  throw new ApiCallError({
    code: 'unavailable',
    message: 'Coachbook could not reach its data. Close and reopen the app; your data is unchanged.',
  });
}

/** Calls one API method; resolves with its value or rejects with an ApiCallError the UI can show as is. */
export async function callApi<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  let result;
  try {
    result = await currentBridge().invoke(method, input);
  } catch (error) {
    if (error instanceof ApiCallError) throw error;
    // The bridge itself failed (IPC torn down, window closing): never show a stack trace.
    throw new ApiCallError({
      code: 'internal',
      message: 'Coachbook lost touch with its data for a moment. Try again; your data is unchanged.',
    });
  }
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}

/**
 * Main asks the renderer to save everything before the window closes (and the end-to-end rig
 * does the same before a restart). Screens holding unsaved text register here, never on the
 * bridge itself, so tests can inject a bridge that triggers it. Returns the unsubscribe function.
 */
export function subscribeFlushRequest(listener: () => Promise<void>): () => void {
  try {
    return currentBridge().onFlushRequest(listener);
  } catch {
    // No bridge (a broken preload): nothing can be saved anyway, and the screen still works.
    return () => {};
  }
}

/** Events main sends unasked (job progress, a changed database state). Returns the unsubscribe function. */
export function subscribeCoreEvents(listener: (event: CoreEvent) => void): () => void {
  try {
    return currentBridge().onEvent(listener);
  } catch {
    return () => {};
  }
}
