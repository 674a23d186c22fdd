import { autoUpdater } from 'electron-updater';
import type { Updater } from './update-service';

/**
 * electron-updater on the generic feed that electron-builder wrote into resources/app-update.yml.
 * It never downloads or installs by itself: both wait for the manager's click.
 */
export function createElectronUpdater(log: (message: string, detail?: unknown) => void): Updater {
  autoUpdater.autoDownload = false;
  autoUpdater.autoInstallOnAppQuit = false;
  autoUpdater.logger = {
    info: (message?: unknown) => log(`updater: ${String(message)}`),
    warn: (message?: unknown) => log(`updater: ${String(message)}`),
    error: (message?: unknown) => log(`updater: ${String(message)}`),
    debug: () => undefined,
  };
  return {
    async latestVersion() {
      const result = await autoUpdater.checkForUpdates();
      return result?.isUpdateAvailable ? result.updateInfo.version : null;
    },
    async downloadAndRestart() {
      await autoUpdater.downloadUpdate();
      // Quits through the normal path, so the window's close guard saves notes first.
      autoUpdater.quitAndInstall();
    },
  };
}
