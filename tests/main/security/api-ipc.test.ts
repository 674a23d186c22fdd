import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '@shared/api/channels';
import { ApiRegistry } from '../../../src/main/api/registry';
import { handleApiRequest } from '../../../src/main/ipc/api-request';
import { registerApiIpc } from '../../../src/main/ipc/register-api-ipc';

const appEntryUrl = 'app://coachbook/index.html';
const appFrame = `${appEntryUrl}#/reps`;

function registryWithSettings() {
  const registry = new ApiRegistry({ log: () => {} });
  const update = vi.fn((changes: { theme?: 'system' | 'light' | 'dark' }) => ({
    theme: changes.theme ?? 'system',
    notifications: true,
    spellCheckDownloads: false,
  }));
  registry.register('settings.update', update);
  return { registry, update };
}

describe('handleApiRequest', () => {
  it('passes a call from the app window to the registry', async () => {
    const { registry } = registryWithSettings();
    const result = await handleApiRequest(
      { frameUrl: appFrame, method: 'settings.update', input: { theme: 'dark' } },
      { registry, appEntryUrl },
    );
    expect(result).toEqual({ ok: true, value: { theme: 'dark', notifications: true, spellCheckDownloads: false } });
  });

  it.each([
    ['another file', 'file:///tmp/evil.html'],
    ['a web page', 'https://evil.com/'],
    ['a data URL frame', 'data:text/html,<script></script>'],
    ['an about:blank frame', 'about:blank'],
    ['a frame that is gone', null],
    ['an unknown frame', undefined],
  ])('refuses %s as forbidden without calling anything', async (_what, frameUrl) => {
    const { registry, update } = registryWithSettings();
    const result = await handleApiRequest(
      { frameUrl, method: 'settings.update', input: { theme: 'dark' } },
      { registry, appEntryUrl },
    );
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'forbidden' }) });
    expect(update).not.toHaveBeenCalled();
  });

  it('answers unknown_method for names outside the contract and for non-string names', async () => {
    const { registry } = registryWithSettings();
    for (const method of ['db.run', '__proto__', 'constructor', 42, { toString: () => 'settings.update' }, null]) {
      const result = await handleApiRequest({ frameUrl: appFrame, method, input: {} }, { registry, appEntryUrl });
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknown_method' }) });
    }
  });

  it('lets the registry refuse bad input with the field named', async () => {
    const { registry, update } = registryWithSettings();
    const result = await handleApiRequest(
      { frameUrl: appFrame, method: 'settings.update', input: { theme: 'neon' } },
      { registry, appEntryUrl },
    );
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid_input', field: 'theme' }) });
    expect(update).not.toHaveBeenCalled();
  });
});

describe('registerApiIpc', () => {
  type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

  function fakeIpcMain() {
    const handlers = new Map<string, Handler>();
    const ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'> = {
      handle: (channel, listener) => void handlers.set(channel, listener),
      removeHandler: (channel) => void handlers.delete(channel),
    };
    return { ipcMain, handlers };
  }

  const eventFrom = (url: string | null): IpcMainInvokeEvent =>
    ({ senderFrame: url === null ? null : { url } }) as unknown as IpcMainInvokeEvent;

  it('serves the API channel, checking the sending frame, and can stop serving', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const { registry } = registryWithSettings();
    const stop = registerApiIpc(ipcMain, { registry, appEntryUrl });
    const handler = handlers.get(API_CHANNEL);
    expect(handler).toBeDefined();

    await expect(handler?.(eventFrom(appFrame), 'settings.update', { theme: 'light' })).resolves.toEqual({
      ok: true,
      value: { theme: 'light', notifications: true, spellCheckDownloads: false },
    });
    await expect(handler?.(eventFrom('https://evil.com/'), 'settings.update', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await expect(handler?.(eventFrom(null), 'settings.update', {})).resolves.toMatchObject({
      error: { code: 'forbidden' },
    });

    stop();
    expect(handlers.has(API_CHANNEL)).toBe(false);
  });
});
