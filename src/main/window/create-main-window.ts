import { BrowserWindow, type IpcMain, type IpcMainEvent } from 'electron';
import { FLUSH_DONE_CHANNEL, FLUSH_REQUEST_CHANNEL } from '@shared/api/channels';
import { secureWebPreferences } from '../security/web-preferences';
import { isTrustedSender } from '../security/trusted-sender';
import type { AppEntry } from './app-entry';
import { createCloseGuard } from './close-guard';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type WindowPlacement, type WindowState } from './window-state';

export interface MainWindowOptions {
  appEntry: AppEntry;
  preloadPath: string;
  backgroundColor: string;
  /** The window's icon where the OS takes it from the window (see shell/app-icon.ts). */
  icon?: string;
  isDev: boolean;
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>;
  log(message: string, detail?: unknown): void;
  /** The renderer crashed or was killed and has been reloaded; tell the manager. */
  onRendererGone(reason: string): void;
  /** The renderer stopped responding: true to reload it (what it saved last is kept). */
  askReloadWhenHung(): Promise<boolean>;
  /** Where the window opens (window-state.ts placeWindow); the default size when absent. */
  placement?: WindowPlacement;
  /** Called as the window closes, to open it there next time. */
  saveState?(state: WindowState): void;
}

/** Coachbook's one window: hidden until painted, then held open on close until notes are saved. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Coachbook',
    ...(options.placement?.bounds ?? DEFAULT_WINDOW_SIZE),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    backgroundColor: options.backgroundColor,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.isDev }),
  });
  if (options.placement?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  // Normal bounds: a maximised window reopens maximised over the size it had before.
  window.on('close', () => options.saveState?.({ bounds: window.getNormalBounds(), maximized: window.isMaximized() }));
  guardClose(window, options);
  recoverFromRendererFailures(window, options);

  window
    .loadURL(options.appEntry.url)
    .catch((error: unknown) => options.log('the window could not load Coachbook', error));
  return window;
}

/**
 * A crashed renderer leaves a blank window, a hung one a frozen one. Both are reloaded: notes
 * are saved about a second after each keystroke and on every flush, so the reloaded page opens
 * what was saved last. A clean exit (the window closing) is not a failure.
 */
function recoverFromRendererFailures(window: BrowserWindow, options: MainWindowOptions): void {
  const contents = window.webContents;
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    options.log(`the window's renderer is gone (${details.reason}, exit code ${details.exitCode}); reloading`);
    contents.reload();
    options.onRendererGone(details.reason);
  });
  let asking = false;
  window.on('unresponsive', () => {
    if (asking) return;
    asking = true;
    options.log('the window stopped responding');
    void options
      .askReloadWhenHung()
      .then((reload) => {
        if (!reload || window.isDestroyed() || contents.isDestroyed()) return;
        // A hung renderer ignores a reload request: its process is ended, and 'render-process-gone'
        // above reloads it.
        contents.forcefullyCrashRenderer();
      })
      .finally(() => (asking = false));
  });
}

function guardClose(window: BrowserWindow, options: MainWindowOptions): void {
  const contents = window.webContents;
  const guard = createCloseGuard({
    requestFlush: (token) => {
      if (contents.isDestroyed() || contents.isCrashed()) return false;
      contents.send(FLUSH_REQUEST_CHANNEL, token);
      return true;
    },
  });
  const onFlushDone = (event: IpcMainEvent, token: unknown): void => {
    if (event.sender !== contents || !isTrustedSender(event.senderFrame?.url, options.appEntry.url)) return;
    if (typeof token === 'string') guard.onFlushDone(token);
  };
  options.ipcMain.on(FLUSH_DONE_CHANNEL, onFlushDone);

  window.on('close', (event) => {
    if (guard.closeAllowed) return;
    event.preventDefault();
    void guard.onCloseRequested().then((outcome) => {
      if (outcome === 'timed-out') options.log('closing without confirmation that unsaved notes were written');
      if (!window.isDestroyed()) window.close();
    });
  });
  window.on('closed', () => {
    options.ipcMain.removeListener(FLUSH_DONE_CHANNEL, onFlushDone);
    guard.dispose();
  });
}
