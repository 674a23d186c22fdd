import type { ApiInput, ApiMethod, ApiOutput } from './contract';
import type { CoreEvent } from './events';
import type { ApiResult } from './result';

/**
 * The one object preload exposes as `window.coachbook`. The end-to-end rig builds the same
 * shape over Playwright bindings, so the renderer cannot tell the two apart.
 */
export interface CoachbookBridge {
  invoke<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>>;
  /**
   * Main asks the renderer to save everything before the window closes. The listener's
   * promise is awaited (with a time limit in main) before the window is allowed to close.
   * Returns a function that removes the listener.
   */
  onFlushRequest(listener: () => Promise<void>): () => void;
  /** Events the core sends unasked (job progress, a changed database state). Returns the unsubscribe. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
}
