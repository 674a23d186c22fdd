import type { IpcRenderer } from 'electron';
import { API_CHANNEL, CORE_EVENT_CHANNEL, FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '@shared/api/channels';
import type { CoreEvent } from '@shared/api/events';
import type { CoachbookBridge } from '@shared/api/bridge';

export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'send'>;

/**
 * The renderer's only door to main. Callbacks never receive the IPC event, which would hand the
 * page `event.sender` (the whole ipcRenderer) and undo context isolation.
 */
export function createBridge(ipc: BridgeIpc): CoachbookBridge {
  const flushListeners = new Set<() => Promise<void>>();
  const eventListeners = new Set<(event: CoreEvent) => void>();

  // One IPC listener answers every flush request, after all subscribers finished (or failed).
  // With nobody subscribed it answers at once, so closing never waits out main's timeout.
  ipc.on(FLUSH_REQUEST_CHANNEL, (_event, token: unknown) => {
    if (typeof token !== 'string') return;
    const flushes = [...flushListeners].map((listener) => Promise.resolve().then(() => listener()));
    void Promise.allSettled(flushes).then(() => ipc.send(FLUSH_DONE_CHANNEL, token));
  });

  ipc.on(CORE_EVENT_CHANNEL, (_event, coreEvent: CoreEvent) => {
    for (const listener of eventListeners) listener(coreEvent);
  });

  return {
    // Main answers every call with the contract's ApiResult (see ApiRegistry.dispatch).
    invoke: (method, input) => ipc.invoke(API_CHANNEL, method, input),
    onFlushRequest(listener) {
      flushListeners.add(listener);
      return () => {
        flushListeners.delete(listener);
      };
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => {
        eventListeners.delete(listener);
      };
    },
  } satisfies CoachbookBridge;
}
