import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCloseGuard, DEFAULT_FLUSH_TIMEOUT_MS } from '../../../src/main/window/close-guard';

function setup(options: { rendererAlive?: boolean; timeoutMs?: number } = {}) {
  let counter = 0;
  const requests: string[] = [];
  const guard = createCloseGuard({
    requestFlush: (token) => {
      requests.push(token);
      return options.rendererAlive ?? true;
    },
    timeoutMs: options.timeoutMs,
    newToken: () => `token-${++counter}`,
  });
  return { guard, requests };
}

/** Whether `promise` has settled, without waiting for it. */
async function isSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await Promise.resolve();
  await Promise.resolve();
  return settled;
}

describe('createCloseGuard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the close until the renderer reports the flush done', async () => {
    const { guard, requests } = setup();
    expect(guard.closeAllowed).toBe(false);

    const closing = guard.onCloseRequested();
    expect(requests).toEqual(['token-1']);
    expect(await isSettled(closing)).toBe(false);
    expect(guard.closeAllowed).toBe(false);

    guard.onFlushDone('token-1');
    await expect(closing).resolves.toBe('flushed');
    expect(guard.closeAllowed).toBe(true);
  });

  it('gives up waiting after the timeout so a hung renderer cannot keep the window open', async () => {
    const { guard } = setup();
    const closing = guard.onCloseRequested();
    vi.advanceTimersByTime(DEFAULT_FLUSH_TIMEOUT_MS - 1);
    expect(await isSettled(closing)).toBe(false);
    vi.advanceTimersByTime(1);
    await expect(closing).resolves.toBe('timed-out');
    expect(guard.closeAllowed).toBe(true);
  });

  it('waits about three seconds by default', () => {
    expect(DEFAULT_FLUSH_TIMEOUT_MS).toBe(3_000);
  });

  it('honours a custom timeout', async () => {
    const { guard } = setup({ timeoutMs: 50 });
    const closing = guard.onCloseRequested();
    vi.advanceTimersByTime(50);
    await expect(closing).resolves.toBe('timed-out');
  });

  it('asks once when close is requested again during a pending flush', async () => {
    const { guard, requests } = setup();
    const first = guard.onCloseRequested();
    const second = guard.onCloseRequested();
    const third = guard.onCloseRequested();
    expect(requests).toEqual(['token-1']);
    expect(second).toBe(first);
    expect(third).toBe(first);
    guard.onFlushDone('token-1');
    await expect(Promise.all([first, second, third])).resolves.toEqual(['flushed', 'flushed', 'flushed']);
  });

  it('ignores answers with another token', async () => {
    const { guard } = setup();
    const closing = guard.onCloseRequested();
    guard.onFlushDone('token-0');
    guard.onFlushDone('');
    guard.onFlushDone('TOKEN-1');
    expect(await isSettled(closing)).toBe(false);
    guard.onFlushDone('token-1');
    await expect(closing).resolves.toBe('flushed');
  });

  it('ignores an answer that arrives before anything was asked', async () => {
    const { guard, requests } = setup();
    guard.onFlushDone('token-1');
    expect(guard.closeAllowed).toBe(false);
    const closing = guard.onCloseRequested();
    expect(requests).toEqual(['token-1']);
    expect(await isSettled(closing)).toBe(false);
  });

  it('does not ask again once the window may close', async () => {
    const { guard, requests } = setup();
    const first = guard.onCloseRequested();
    guard.onFlushDone('token-1');
    await first;
    await expect(guard.onCloseRequested()).resolves.toBe('flushed');
    expect(requests).toEqual(['token-1']);
  });

  it('a late answer after the timeout changes nothing', async () => {
    const { guard } = setup();
    const closing = guard.onCloseRequested();
    vi.advanceTimersByTime(DEFAULT_FLUSH_TIMEOUT_MS);
    guard.onFlushDone('token-1');
    await expect(closing).resolves.toBe('timed-out');
  });

  it('does not wait when there is no renderer to ask', async () => {
    const { guard } = setup({ rendererAlive: false });
    await expect(guard.onCloseRequested()).resolves.toBe('renderer-gone');
    expect(guard.closeAllowed).toBe(true);
  });

  it('treats a send that throws as a renderer that is gone', async () => {
    const guard = createCloseGuard({
      requestFlush: () => {
        throw new Error('Object has been destroyed');
      },
    });
    await expect(guard.onCloseRequested()).resolves.toBe('renderer-gone');
  });

  it('leaves no timer behind once the flush is done or the window is disposed', async () => {
    const { guard } = setup();
    const closing = guard.onCloseRequested();
    guard.onFlushDone('token-1');
    await closing;
    expect(vi.getTimerCount()).toBe(0);

    const other = setup().guard;
    void other.onCloseRequested();
    expect(vi.getTimerCount()).toBe(1);
    other.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses unguessable tokens by default', () => {
    const tokens: string[] = [];
    const guard = createCloseGuard({ requestFlush: (token) => tokens.push(token) > 0 });
    void guard.onCloseRequested();
    guard.dispose();
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});
