import type { App, BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ShellActions } from '../app-core';
import { join } from 'node:path';
import { relaunchArgsForDatabase } from './database-file-arg';

export interface ShellActionsDeps {
  app: Pick<App, 'relaunch' | 'quit'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** Where save dialogs start: the Documents folder. */
  documentsDir?: string;
  /** The window the dialog belongs to, when there is one. */
  currentWindow(): BrowserWindow | null;
  /** Arguments of this run without the executable: `process.argv.slice(1)`. */
  currentArgs: readonly string[];
}

/**
 * What the API can ask of the desktop. Switching databases relaunches rather than reopening in
 * place: every service, cache and window then starts from the new file with nothing stale.
 * Quitting goes through the window's close guard, so unsaved notes are flushed first.
 */
export function createShellActions(deps: ShellActionsDeps): ShellActions {
  return {
    async openAnotherDatabase() {
      const options: OpenDialogOptions = {
        title: 'Open another Coachbook database',
        buttonLabel: 'Open',
        properties: ['openFile'],
        filters: [{ name: 'Coachbook database', extensions: ['sqlite'] }],
      };
      const parent = deps.currentWindow();
      const choice = parent
        ? await deps.dialog.showOpenDialog(parent, options)
        : await deps.dialog.showOpenDialog(options);
      const file = choice.filePaths[0];
      if (choice.canceled || file === undefined) return false;
      deps.app.relaunch({ args: relaunchArgsForDatabase(deps.currentArgs, file) });
      deps.app.quit();
      return true;
    },
    quit() {
      deps.app.quit();
    },
    async chooseSaveFile(defaultName, filters) {
      const options: SaveDialogOptions = {
        defaultPath: deps.documentsDir ? join(deps.documentsDir, defaultName) : defaultName,
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = deps.currentWindow();
      const choice = parent
        ? await deps.dialog.showSaveDialog(parent, options)
        : await deps.dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    async chooseOpenFile(filters) {
      const options: OpenDialogOptions = { properties: ['openFile'], filters };
      const parent = deps.currentWindow();
      const choice = parent
        ? await deps.dialog.showOpenDialog(parent, options)
        : await deps.dialog.showOpenDialog(options);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
  };
}
