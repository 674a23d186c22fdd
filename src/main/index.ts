import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type ThemePreference } from '@shared/app/app';
import {
  app,
  type BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  Notification,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { CORE_EVENT_CHANNEL } from '@shared/api/channels';
import { startCore, type CoachbookCore } from './app-core';
import { createElectronPdfRenderer } from './exports/electron-pdf-renderer';
import { resolveDataDir } from './database/data-dir';
import { registerApiIpc } from './ipc/register-api-ipc';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './security/app-protocol';
import { denyAllPermissions, hardenAllWebContents } from './security/harden-web-contents';
import { createAppLog } from './shell/app-log';
import { APP_NAME, APP_USER_MODEL_ID } from './shell/app-identity';
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
import { checkSqliteDriver } from './shell/sqlite-driver';
import { applySpellCheckConsent } from './shell/spell-check';
import { isDevelopment, resolveAppEntry } from './window/app-entry';
import { buildContextMenuTemplate } from './window/context-menu';
import { createMainWindow } from './window/create-main-window';
import { placeWindow, readWindowState, writeWindowState } from './window/window-state';
import { buildMenuTemplate } from './window/menu-template';
import { windowBackgroundColor } from './window/window-appearance';

const DAILY_BACKUP_CHECK_MS = 60 * 60 * 1000;
// electron-vite emits main to out/main/index.js, preload and renderer beside it.
const appEntry = resolveAppEntry({
  isPackaged: app.isPackaged,
  rendererDevUrl: process.env.ELECTRON_RENDERER_URL,
  rendererDir: join(__dirname, '../renderer'),
});
const isDev = isDevelopment(appEntry);
const preloadPath = join(__dirname, '../preload/index.js');
// `npm start` runs `electron .`, which takes the name from package.json's productName; set it
// anyway so the menu, dock and notifications say Coachbook however the app was launched.
app.setName(APP_NAME);
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
const appLog = createAppLog(app.getPath('userData'));
const log = (message: string, detail?: unknown): void => appLog.error(message, detail);
let mainWindow: BrowserWindow | null = null;
let core: CoachbookCore | null = null;
let reminders: ReminderNotifier | null = null;
let dailyBackups: ReturnType<typeof setInterval> | null = null;
let quitting = false;

// Only before `ready` may a scheme be made standard and secure.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// One Coachbook per data folder: two processes writing one SQLite file would race on every note.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  // Windows groups the taskbar button and shows notifications only for a known app id.
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  app.on('second-instance', showMainWindow);
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', showMainWindow);
  app.on('will-quit', (event) => {
    reminders?.stop();
    reminders = null;
    if (dailyBackups) clearInterval(dailyBackups);
    if (!core) return;
    // Close SQLite cleanly (WAL checkpoint) before the process ends.
    const closing = core;
    core = null;
    event.preventDefault();
    void closing
      .close()
      .catch((error: unknown) => log('the database did not close cleanly', error))
      .finally(() => app.quit());
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
  appLog.info(`Coachbook ${app.getVersion()} starting on ${dataDir}`);
  // Thrown for an installed copy without its driver: boot's catch logs it and says to reinstall.
  const nativeBinding = resolveNativeBinding({
    isPackaged: app.isPackaged,
    appRoot: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    exists: existsSync,
  });
  const driver = checkSqliteDriver({ nativeBinding, isPackaged: app.isPackaged });
  if (!driver.ok) {
    log('the SQLite driver could not be loaded', driver.error);
    dialog.showErrorBox(driver.problem.title, driver.problem.message);
    app.exit(1);
    return;
  }

  denyAllPermissions(session.defaultSession);
  hardenAllWebContents(app, { appEntryUrl: appEntry.url, openExternal: (url) => shell.openExternal(url), log });
  if (appEntry.kind === 'app-protocol') protocol.handle(APP_SCHEME, createAppProtocolHandler(appEntry.rendererDir));

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
    nativeBinding,
    shell: shellActions,
    log,
    logFile: appLog.file,
    pdfRenderer: createElectronPdfRenderer(),
    updates: updates(),
  });
  core = started;
  if (started.status.state === 'refused') log(`the database was refused (${started.status.problem})`, started.status);
  // An app left open for days still gets its daily backup; the core skips a day already done.
  dailyBackups = setInterval(() => void started.runDailyBackup().catch(() => undefined), DAILY_BACKUP_CHECK_MS);
  dailyBackups.unref();
  applySpellCheckConsent(session.defaultSession, process.platform, spellCheckDownloads(started));
  registerApiIpc(ipcMain, {
    registry: {
      // A changed consent takes effect at once, without a restart.
      dispatch: async (method, input) => {
        const result = await started.registry.dispatch(method, input);
        if (method === 'settings.update' && result.ok)
          applySpellCheckConsent(session.defaultSession, process.platform, spellCheckDownloads(started));
        return result;
      },
    },
    appEntryUrl: appEntry.url,
  });

  const template = buildMenuTemplate({
    isDev,
    platform: process.platform,
    onOpenAnotherDatabase: () => void shellActions.openAnotherDatabase(),
    onShowDatabaseFile: () => shell.showItemInFolder(started.status.databaseFile),
    onShowLogFile: () => shell.showItemInFolder(appLog.file),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  if (icons.dock) app.dock?.setIcon(icons.dock);
  // Whichever window is open now hears the core's events; a closed one simply misses them.
  started.onEvent((event) => mainWindow?.webContents.send(CORE_EVENT_CHANNEL, event));
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

const windowStateFile = () => join(app.getPath('userData'), 'window-state.json');

function openMainWindow(started: CoachbookCore): void {
  const window = createMainWindow({
    appEntry,
    preloadPath,
    backgroundColor: windowBackgroundColor(themePreference(started), nativeTheme.shouldUseDarkColors),
    icon: icons.window,
    isDev,
    ipcMain,
    log,
    onRendererGone: (reason) => {
      dialog.showMessageBox(window, {
        type: 'warning',
        title: APP_NAME,
        message: 'Coachbook’s window stopped working and was reopened.',
        detail: `Your notes are kept up to their last save, about a second before it stopped (${reason}).`,
      });
    },
    placement: placeWindow(
      readWindowState(windowStateFile()),
      screen.getAllDisplays().map((display) => display.workArea),
    ),
    saveState: (state) => {
      try {
        writeWindowState(windowStateFile(), state);
      } catch (error) {
        log('the window position could not be saved', error);
      }
    },
    askReloadWhenHung: async () => {
      const { response } = await dialog.showMessageBox(window, {
        type: 'warning',
        title: APP_NAME,
        buttons: ['Reload the window', 'Keep waiting'],
        defaultId: 1,
        cancelId: 1,
        message: 'Coachbook’s window is not responding.',
        detail: 'Reloading keeps your notes up to their last save, about a second before it stopped responding.',
      });
      return response === 0;
    },
  });
  mainWindow = window;
  window.webContents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, {
      replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
      addToDictionary: (word) => session.defaultSession.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
}

function spellCheckDownloads(started: CoachbookCore): boolean {
  try {
    return started.services?.settings.get().spellCheckDownloads ?? false;
  } catch (error) {
    log('could not read the spell-check setting', error);
    return false;
  }
}

function themePreference(started: CoachbookCore): ThemePreference | undefined {
  try {
    return started.services?.settings.get().theme;
  } catch (error) {
    log('could not read the theme setting', error);
    return undefined;
  }
}

/**
 * A second launch, or a click on the dock icon on macOS, brings the window forward, or opens
 * one when the manager had closed it (macOS keeps the app running without windows).
 */
function showMainWindow(): void {
  if (!mainWindow) {
    if (core) openMainWindow(core);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}
