import { randomUUID } from 'node:crypto';

/** How the wait before closing ended; a timeout is worth a log line. */
export type FlushOutcome = 'flushed' | 'timed-out' | 'renderer-gone';

export interface CloseGuardOptions {
  /**
   * Asks the renderer to save everything, tagged with `token`. Returns false when there is no
   * renderer to ask (crashed or destroyed): then there is nothing to wait for.
   */
  requestFlush(token: string): boolean;
  /** A hung renderer must not keep the window open for ever. */
  timeoutMs?: number;
  newToken?: () => string;
}

export interface CloseGuard {
  /** True once the flush finished or timed out: the next close goes through untouched. */
  readonly closeAllowed: boolean;
  /** Starts one flush (however often it is called) and resolves when the window may close. */
  onCloseRequested(): Promise<FlushOutcome>;
  /** The renderer's answer. Tokens of other or stale requests are ignored. */
  onFlushDone(token: string): void;
  /** Drops a pending timer when the window is gone. */
  dispose(): void;
}

export const DEFAULT_FLUSH_TIMEOUT_MS = 3_000;

/**
 * Holds a window's close until the renderer has written unsaved notes, so no keystroke is lost
 * when the manager closes the window or quits mid-sentence.
 */
export function createCloseGuard(options: CloseGuardOptions): CloseGuard {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FLUSH_TIMEOUT_MS;
  const newToken = options.newToken ?? randomUUID;
  let pending: { token: string; promise: Promise<FlushOutcome>; finish(outcome: FlushOutcome): void } | null = null;
  let settled: Promise<FlushOutcome> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const start = (): Promise<FlushOutcome> => {
    const token = newToken();
    let resolve: (outcome: FlushOutcome) => void = () => {};
    const promise = new Promise<FlushOutcome>((done) => (resolve = done));
    const finish = (outcome: FlushOutcome): void => {
      clearTimeout(timer);
      pending = null;
      settled = Promise.resolve(outcome);
      resolve(outcome);
    };
    pending = { token, promise, finish };
    if (!askRenderer(options, token)) {
      finish('renderer-gone');
      return promise;
    }
    timer = setTimeout(() => finish('timed-out'), timeoutMs);
    return promise;
  };

  return {
    get closeAllowed() {
      return settled !== null;
    },
    onCloseRequested: () => settled ?? pending?.promise ?? start(),
    onFlushDone(token) {
      if (pending && token === pending.token) pending.finish('flushed');
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

function askRenderer(options: CloseGuardOptions, token: string): boolean {
  try {
    return options.requestFlush(token);
  } catch {
    // Sending to a renderer torn down mid-close throws; there is nothing left to flush.
    return false;
  }
}
