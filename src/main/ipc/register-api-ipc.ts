import type { IpcMain } from 'electron';
import { API_CHANNEL } from '@shared/api/channels';
import { handleApiRequest, type ApiRequestContext } from './api-request';

/**
 * Serves the whole API on one channel. The Electron part stays this thin so the decision
 * (`handleApiRequest`) is tested without Electron. Returns a function that stops serving.
 */
export function registerApiIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  context: ApiRequestContext,
): () => void {
  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) =>
    handleApiRequest({ frameUrl: event.senderFrame?.url, method, input }, context),
  );
  return () => ipcMain.removeHandler(API_CHANNEL);
}
