import type { DataSource } from 'typeorm';
import type { AppStatus } from '@shared/app/app';
import type { RestoreResult } from '@shared/exports/exports';
import { ApiRegistry } from './api/registry';
import { createCoreEvents, type CoreEventListener } from './api/core-events';
import { accountabilityHandlers } from './api/handlers/accountability-handlers';
import { actionItemsHandlers } from './api/handlers/action-items-handlers';
import { agendaHandlers } from './api/handlers/agenda-handlers';
import { appHandlers } from './api/handlers/app-handlers';
import { calendarHandlers } from './api/handlers/calendar-handlers';
import { backupHandlers, exportsHandlers, restoreHandlers } from './api/handlers/exports-handlers';
import { followUpsHandlers } from './api/handlers/follow-ups-handlers';
import { meetingsHandlers } from './api/handlers/meetings-handlers';
import { repImportHandlers } from './api/handlers/rep-import-handlers';
import { repsHandlers } from './api/handlers/reps-handlers';
import { backupsDir } from './backup/backup-files';
import { createBackupService, createRestoreService } from './backup/backup-service';
import { runDailyBackup } from './backup/daily-backup';
import { checkRestoreCandidate } from './backup/restore-check';
import { restoreDatabase } from './backup/restore-database';
import { LATEST_SCHEMA_VERSION } from './database/migrations';
import { openDatabase, type OpenDatabaseResult } from './database/open-database';
import { rawConnection } from './database/raw-connection';
import { createCalendarExportService } from './calendar/calendar-export';
import { createCalendarImportService } from './calendar/calendar-import';
import { systemTimeZone } from './calendar/time-zones';
import { DomainError } from './errors';
import { createExportsService } from './exports/exports-service';
import type { PdfRenderer } from './exports/pdf-renderer';
import { calendarDayOf } from './exports/report-figures';
import { systemClock, type Clock } from './services/clock';
import { createRepImportService } from './services/rep-import';
import { goalsHandlers } from './api/handlers/goals-handlers';
import { historyHandlers } from './api/handlers/history-handlers';
import { skillsHandlers } from './api/handlers/skills-handlers';
import { updatesHandlers } from './api/handlers/updates-handlers';
import { createUnavailableUpdates, type UpdateService } from './updates/update-service';
import { version as appVersion } from '../../package.json';
import { createServices, type Services } from './services/create-services';
import { DEMO_BOOK_SIZE, demoBookFile, demoRefusals, prepareDemoFolder, removeDemoBook } from './demo/demo-book';
import { seedDemoData } from './demo/seed-demo-data';

export interface FileFilter {
  name: string;
  /** Without the dot: 'pdf', 'csv'. */
  extensions: string[];
}

/** What only the Electron shell can do (dialogs, quitting). Tests pass fakes. */
export interface ShellActions {
  openAnotherDatabase(): Promise<boolean>;
  quit(): void;
  /** A save dialog: the chosen absolute path, or null when the manager cancelled. */
  chooseSaveFile(defaultName: string, filters: FileFilter[]): Promise<string | null>;
  /** An open dialog for one file: its absolute path, or null when cancelled. */
  chooseOpenFile(filters: FileFilter[]): Promise<string | null>;
}

/** A shell with no windows (seed script, benchmarks, tests): every dialog is cancelled. */
export const headlessShell: ShellActions = {
  openAnotherDatabase: async () => false,
  quit: () => {},
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
};

const UPDATES_NEED_THE_APP = 'Updates are checked only by the Coachbook app.';

export interface StartCoreOptions {
  dataDir: string;
  /** A database file chosen by the manager instead of `<dataDir>/coachbook.sqlite`. */
  databaseFile?: string;
  /** Path to a better-sqlite3 binary built for Electron's ABI (see scripts/build-electron-native.mjs). */
  nativeBinding?: string;
  shell: ShellActions;
  log?: (message: string, detail?: unknown) => void;
  /** Where the shell writes its log (shown in Settings); none in tests and scripts. */
  logFile?: string;
  /** Prints export documents to PDF; without one, PDF exports answer `unavailable`. */
  pdfRenderer?: PdfRenderer;
  /** Today's backup into `<dataDir>/backups/` on start (default on). Benchmarks on shared data turn it off. */
  automaticBackups?: boolean;
  clock?: Clock;
  /** Opt-in update checks (the Electron shell's); without them `updates.*` answers `unavailable`. */
  updates?: UpdateService;
  /** The manager's IANA time zone for calendar files (default: the system's). */
  timeZone?: string;
}

export interface CoachbookCore {
  /** The same object for the whole run (IPC holds it); its handlers change when the database is swapped. */
  registry: ApiRegistry;
  readonly status: AppStatus;
  /** Present when the database opened. */
  readonly services: Services | null;
  readonly dataSource: DataSource | null;
  /**
   * Replaces the database with a checked backup, in place: the API keeps serving and every
   * service is rebuilt on the restored file. The renderer refetches everything afterwards. Also
   * the way out of a refused database: the refused file is kept aside and the app becomes ready.
   */
  restoreDatabase(filePath: string): Promise<RestoreResult>;
  /** Switches to a freshly seeded demo book in its own file; the manager's book stays closed and untouched. */
  openDemoBook(): Promise<AppStatus>;
  /** Back to the manager's book; the demo file is deleted. */
  closeDemoBook(): Promise<AppStatus>;
  /** Events for the renderer (job progress, a changed database state). Returns the unsubscribe function. */
  onEvent(listener: CoreEventListener): () => void;
  /** Today's automatic backup, if not made yet (the shell may call this on a timer). */
  runDailyBackup(): Promise<string | null>;
  close(): Promise<void>;
}

interface OpenState {
  status: AppStatus;
  services: Services | null;
  dataSource: DataSource | null;
}

/**
 * Opens the database and wires services to the API. The Electron entry, the end-to-end rig,
 * the seed script and the benchmarks all start Coachbook here, so they run the same code.
 * A refused database still gets a registry: it serves `app.*` so the renderer can show the
 * problem screen, and `backup.list` / `backup.restore` so the manager can put the last good
 * backup in its place; every other method answers `unavailable`.
 *
 * Restore swaps the database inside this core rather than relaunching the app (as opening
 * another database does): the manager stays where they were, the swap is tested here in Node
 * end to end, and if the restored file will not open the previous one is put back before any
 * window notices.
 */
export async function startCore(options: StartCoreOptions): Promise<CoachbookCore> {
  const clock = options.clock ?? systemClock;
  const log =
    options.log ?? ((message: string, detail?: unknown) => console.error(`[coachbook] ${message}`, detail ?? ''));
  const registry = new ApiRegistry({ log: options.log });
  const events = createCoreEvents(log);
  const open = (file = options.databaseFile) =>
    openDatabase({ dataDir: options.dataDir, file, nativeBinding: options.nativeBinding });
  let state!: OpenState;
  let background: Promise<unknown> = Promise.resolve();
  let dailyBackupInFlight: Promise<string | null> | null = null;

  const updates = options.updates ?? createUnavailableUpdates(UPDATES_NEED_THE_APP, appVersion);
  const wire = (opened: OpenDatabaseResult, demo = false): void => {
    registry.reset();
    // Updates belong to the installed app, not to the book: served whatever state the database is in.
    registry.registerAll(updatesHandlers(updates));
    if (opened.status === 'refused') {
      const status: AppStatus = {
        state: 'refused',
        databaseFile: opened.file,
        problem: opened.problem,
        message: opened.message,
        backupsDir: backupsDir(options.dataDir),
      };
      state = { status, services: null, dataSource: null };
      registry.registerAll(appHandlers({ status, shell: options.shell, settings: null, logFile: options.logFile }));
      registry.registerAll(
        restoreHandlers(
          createRestoreService({
            dataDir: options.dataDir,
            shell: options.shell,
            restore: (filePath) => core.restoreDatabase(filePath),
          }),
        ),
      );
      return;
    }
    const { dataSource } = opened;
    const services = createServices(dataSource, clock);
    const status: AppStatus = {
      state: 'ready',
      databaseFile: opened.file,
      schemaVersion: opened.schemaVersion,
      ...(demo ? { demo: true } : {}),
    };
    state = { status, services, dataSource };
    registry.registerAll(
      appHandlers({ status, shell: options.shell, settings: services.settings, logFile: options.logFile }),
    );
    registry.registerAll({
      'demo.open': () => core.openDemoBook(),
      'demo.close': () => core.closeDemoBook(),
    });
    registry.registerAll(repsHandlers(services.reps));
    registry.registerAll(meetingsHandlers(services));
    registry.registerAll(actionItemsHandlers(services.actionItems));
    registry.registerAll(agendaHandlers(services));
    registry.registerAll(followUpsHandlers(services.followUps));
    registry.registerAll(accountabilityHandlers(services));
    registry.registerAll(goalsHandlers(services));
    registry.registerAll(skillsHandlers(services));
    registry.registerAll(historyHandlers(services));
    registry.registerAll(
      exportsHandlers(
        createExportsService({ dataSource, clock, shell: options.shell, pdf: options.pdfRenderer ?? null }),
      ),
    );
    const calendar = { dataSource, clock, shell: options.shell, timeZone: options.timeZone ?? systemTimeZone() };
    registry.registerAll(
      calendarHandlers({
        calendarImport: createCalendarImportService({ ...calendar, meetings: services.meetings }),
        calendarExport: createCalendarExportService(calendar),
      }),
    );
    if (demo) {
      registry.registerAll(demoRefusals);
      return;
    }
    registry.registerAll(repImportHandlers(createRepImportService({ dataSource, clock, shell: options.shell })));
    registry.registerAll(
      backupHandlers(
        createBackupService({
          dataSource,
          dataDir: options.dataDir,
          databaseFile: opened.file,
          clock,
          shell: options.shell,
          restore: (filePath) => core.restoreDatabase(filePath),
        }),
      ),
    );
  };

  const closeDatabase = async (): Promise<void> => {
    await background.catch(() => undefined);
    const { dataSource } = state;
    if (!dataSource?.isInitialized) return;
    // Fold the WAL into the main file so the file moved aside is complete on its own.
    await dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
    await dataSource.destroy();
  };

  /** Checks the backup, then swaps it in for the open database or for the file that was refused. */
  const swapIn = async (filePath: string): Promise<RestoreResult> => {
    const current = state.status;
    checkRestoreCandidate(filePath, {
      latestSchemaVersion: LATEST_SCHEMA_VERSION,
      nativeBinding: options.nativeBinding,
    });
    const { keptAsideAs } = await restoreDatabase(filePath, {
      currentFile: current.databaseFile,
      current: current.state === 'ready' ? { state: 'open' } : { state: 'refused', problem: current.problem },
      backupsDir: backupsDir(options.dataDir),
      now: clock.now(),
      nativeBinding: options.nativeBinding,
      closeCurrent: async () => {
        registry.reset();
        await closeDatabase();
      },
      reopen: async () => {
        const opened = await open();
        wire(opened);
        return opened.status === 'ready' ? { ok: true } : { ok: false, message: opened.message };
      },
    });
    const schemaVersion = state.status.state === 'ready' ? state.status.schemaVersion : 0;
    return { restoredFrom: filePath, keptAsideAs, schemaVersion };
  };
  let restoring = false;
  let switchingBook = false;
  const inDemo = () => state.status.state === 'ready' && state.status.demo === true;

  /** Closes whatever is open and opens the demo book at `file`, or the manager's book when undefined. */
  const switchTo = async (file: string | undefined, prepare: (opened: OpenDatabaseResult) => Promise<void>) => {
    if (switchingBook || restoring) throw new DomainError('conflict', 'Coachbook is switching books; wait a moment.');
    switchingBook = true;
    try {
      registry.reset();
      await closeDatabase();
      // A demo is seeded afresh each time and deleted when the manager leaves it.
      if (file === undefined) await removeDemoBook(options.dataDir);
      else await prepareDemoFolder(options.dataDir);
      const opened = await open(file);
      try {
        await prepare(opened);
      } catch (error) {
        if (opened.status === 'ready') await opened.dataSource.destroy();
        await removeDemoBook(options.dataDir);
        wire(await open());
        throw error;
      }
      wire(opened, file !== undefined);
      return state.status;
    } finally {
      switchingBook = false;
    }
  };

  const core: CoachbookCore = {
    registry,
    get status() {
      return state.status;
    },
    get services() {
      return state.services;
    },
    get dataSource() {
      return state.dataSource;
    },
    async restoreDatabase(filePath) {
      // A second restore while one runs would stage its copy over the first one's.
      if (restoring) throw new DomainError('conflict', 'A backup is being restored already; wait until it finishes.');
      restoring = true;
      try {
        return await swapIn(filePath);
      } finally {
        restoring = false;
      }
    },
    openDemoBook() {
      return switchTo(demoBookFile(options.dataDir), async (opened) => {
        if (opened.status !== 'ready') {
          throw new DomainError('unavailable', 'The demo book could not be created. Your own book is open, unchanged.');
        }
        // Seeded before any call can reach it, so no screen ever shows half a demo.
        const services = createServices(opened.dataSource, clock);
        await seedDemoData(opened.dataSource, services, { ...DEMO_BOOK_SIZE, today: clock.now() });
      });
    },
    async closeDemoBook() {
      if (!inDemo()) return state.status;
      return switchTo(undefined, async () => {});
    },
    onEvent: (listener) => events.subscribe(listener),
    runDailyBackup() {
      const { dataSource } = state;
      // The demo is thrown away; a copy of it among the manager's backups would only confuse.
      if (!dataSource?.isInitialized || inDemo()) return Promise.resolve(null);
      // One at a time: a timer firing while the start-up backup still runs joins it.
      if (dailyBackupInFlight) return dailyBackupInFlight.then(() => null);
      const run = runDailyBackup(rawConnection(dataSource), options.dataDir, calendarDayOf(clock.now())).finally(() => {
        dailyBackupInFlight = null;
      });
      dailyBackupInFlight = run;
      background = run.catch((error: unknown) => log('the daily backup failed', error));
      return run;
    },
    async close() {
      const wasDemo = inDemo();
      await closeDatabase();
      if (wasDemo) await removeDemoBook(options.dataDir);
    },
  };

  wire(await open());
  // Not awaited: a large database takes a second or two to copy, and the window should not wait.
  if (options.automaticBackups !== false) void core.runDailyBackup().catch(() => undefined);
  return core;
}
