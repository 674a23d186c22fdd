import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type ThemePreference } from '@shared/app/app';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, Notification, session, shell } from 'electron';
import { startCore, type CoachbookCore } from './app-core';
import { createElectronPdfRenderer } from './exports/electron-pdf-renderer';
import { resolveDataDir } from './database/data-dir';
import { registerApiIpc } from './ipc/register-api-ipc';
import { denyAllPermissions, hardenAllWebContents } from './security/harden-web-contents';
import { parseDatabaseFileArg } from './shell/database-file-arg';
import { appIcons } from './shell/app-icon';
import { resolveNativeBinding } from './shell/packaged-native-binding';
import { createElectronUpdater } from './updates/electron-updater';
import { updateUnavailableReason } from './updates/update-availability';
import { createUpdatePreferenceFile } from './updates/update-preference-file';
import { createUpdateService, type UpdateService } from './updates/update-service';
import { systemClock } from './services/clock';
import { profileDirForDataDir } from './shell/profile-dir';
import { createReminderNotifier, type ReminderNotifier } from './shell/reminder-notifier';
import { createShellActions } from './shell/shell-actions';
import { resolveAppEntry } from './window/app-entry';
import { createMainWindow } from './window/create-main-window';
import { buildMenuTemplate } from './window/menu-template';
import { windowBackgroundColor } from './window/window-appearance';

const log = (message: string, detail?: unknown): void => console.error(`[coachbook] ${message}`, detail ?? '');
const isDev = !app.isPackaged;
const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;
// electron-vite emits main to out/main/index.js, preload and renderer beside it.
const appEntry = resolveAppEntry({
  isPackaged: app.isPackaged,
  rendererDevUrl: process.env.ELECTRON_RENDERER_URL,
  rendererIndexFile: join(__dirname, '../renderer/index.html'),
});
const preloadPath = join(__dirname, '../preload/index.js');
const icons = appIcons({
  platform: process.platform,
  isPackaged: app.isPackaged,
  appRoot: app.getAppPath(),
  resourcesPath: process.resourcesPath,
});
const defaultUserData = app.getPath('userData');
const dataDir = resolveDataDir({ argv: process.argv, env: process.env, defaultDir: defaultUserData });
const profileDir = profileDirForDataDir(dataDir, defaultUserData);
if (profileDir) app.setPath('userData', profileDir);
let mainWindow: BrowserWindow | null = null;
let core: CoachbookCore | null = null;
let reminders: ReminderNotifier | null = null;
let quitting = false;

// One Coachbook per data folder: two processes writing one SQLite file would race on every note.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) openMainWindow(core);
  });
  app.on('will-quit', (event) => {
    reminders?.stop();
    reminders = null;
    if (!core) return;
    // Close SQLite cleanly (WAL checkpoint) before the process ends.
    const closing = core;
    core = null;
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(boot)
    .catch((error: unknown) => {
      log('Coachbook could not start', error);
      dialog.showErrorBox('Coachbook could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

async function boot(): Promise<void> {
  denyAllPermissions(session.defaultSession);
  hardenAllWebContents(app, { appEntryUrl: appEntry.url, openExternal: (url) => shell.openExternal(url), log });

  const shellActions = createShellActions({
    app,
    dialog,
    currentWindow: () => mainWindow,
    currentArgs: process.argv.slice(1),
    documentsDir: app.getPath('documents'),
  });
  const started = await startCore({
    dataDir,
    databaseFile: parseDatabaseFileArg(process.argv, process.cwd()),
    nativeBinding: resolveNativeBinding({
      isPackaged: app.isPackaged,
      appRoot: app.getAppPath(),
      resourcesPath: process.resourcesPath,
      exists: existsSync,
    }),
    shell: shellActions,
    log,
    pdfRenderer: createElectronPdfRenderer(),
    updates: updates(),
  });
  core = started;
  // An app left open for days still gets its daily backup; the core skips a day already done.
  setInterval(() => void started.runDailyBackup().catch(() => undefined), DAILY_BACKUP_CHECK_MS).unref();
  registerApiIpc(ipcMain, { registry: started.registry, appEntryUrl: appEntry.url });

  const template = buildMenuTemplate({
    isDev,
    platform: process.platform,
    onOpenAnotherDatabase: () => void shellActions.openAnotherDatabase(),
    onShowDatabaseFile: () => shell.showItemInFolder(started.status.databaseFile),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  if (icons.dock) app.dock?.setIcon(icons.dock);
  openMainWindow(started);
  startReminders(started);
  void updateService?.checkAtStart();
}

let updateService: UpdateService | null = null;

/** Opt-in update checks; electron-updater is only created in an installed copy with a feed. */
function updates(): UpdateService {
  const unavailableReason = updateUnavailableReason({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    exists: existsSync,
  });
  updateService = createUpdateService({
    updater: unavailableReason ? null : createElectronUpdater(log),
    unavailableReason: unavailableReason ?? '',
    preference: createUpdatePreferenceFile(join(app.getPath('userData'), 'update-checks.json')),
    currentVersion: app.getVersion(),
    clock: systemClock,
    log,
  });
  return updateService;
}

/** OS notifications for one-on-ones about to start and newly overdue commitments (off in Settings). */
function startReminders(started: CoachbookCore): void {
  if (!Notification.isSupported()) return;
  // Asked through the core at every check, not held: restoring a backup rebuilds the services, and
  // can turn a refused database (no services, nothing to remind about) into an open one.
  const reminderService = () => {
    if (!started.services) throw new Error('no database is open');
    return started.services.reminders;
  };
  reminders = createReminderNotifier({
    show: (title, body) => new Notification({ title, body }).show(),
    reminders: {
      today: () => reminderService().today(),
      startingSoon: (minutes) => reminderService().startingSoon(minutes),
    },
    settings: { get: () => started.services?.settings.get() ?? { ...DEFAULT_SETTINGS, notifications: false } },
    clock: systemClock,
    log,
  });
  reminders.start();
}

function openMainWindow(started: CoachbookCore): void {
  mainWindow = createMainWindow({
    appEntry,
    preloadPath,
    backgroundColor: windowBackgroundColor(themePreference(started), nativeTheme.shouldUseDarkColors),
    icon: icons.window,
    isDev,
    ipcMain,
    log,
  });
  mainWindow.on('closed', () => (mainWindow = null));
}

function themePreference(started: CoachbookCore): ThemePreference | undefined {
  try {
    return started.services?.settings.get().theme;
  } catch (error) {
    log('could not read the theme setting', error);
    return undefined;
  }
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}
