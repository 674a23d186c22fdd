import type { DataSource } from 'typeorm';
import type { AppStatus } from '@shared/app/app';
import { ApiRegistry } from './api/registry';
import { actionItemsHandlers } from './api/handlers/action-items-handlers';
import { agendaHandlers } from './api/handlers/agenda-handlers';
import { appHandlers } from './api/handlers/app-handlers';
import { goalsHandlers } from './api/handlers/goals-handlers';
import { historyHandlers } from './api/handlers/history-handlers';
import { meetingsHandlers } from './api/handlers/meetings-handlers';
import { repsHandlers } from './api/handlers/reps-handlers';
import { skillsHandlers } from './api/handlers/skills-handlers';
import { openDatabase } from './database/open-database';
import type { Clock } from './services/clock';
import { createServices, type Services } from './services/create-services';

/** What only the Electron shell can do (dialogs, quitting). Tests pass fakes. */
export interface ShellActions {
  openAnotherDatabase(): Promise<boolean>;
  quit(): void;
}

export interface StartCoreOptions {
  dataDir: string;
  /** A database file chosen by the manager instead of `<dataDir>/coachbook.sqlite`. */
  databaseFile?: string;
  /** Path to a better-sqlite3 binary built for Electron's ABI (see scripts/build-electron-native.mjs). */
  nativeBinding?: string;
  shell: ShellActions;
  /** Tests and demo data pin "now"; the app uses the system clock. */
  clock?: Clock;
  log?: (message: string, detail?: unknown) => void;
}

export interface CoachbookCore {
  registry: ApiRegistry;
  status: AppStatus;
  /** Present when the database opened. */
  services: Services | null;
  dataSource: DataSource | null;
  close(): Promise<void>;
}

/**
 * Opens the database and wires services to the API. The Electron entry, the end-to-end rig,
 * the seed script and the benchmarks all start Coachbook here, so they run the same code.
 * A refused database still gets a registry: it serves `app.*` so the renderer can show the
 * problem screen, and every other method answers `unavailable`.
 */
export async function startCore(options: StartCoreOptions): Promise<CoachbookCore> {
  const registry = new ApiRegistry({ log: options.log });
  const opened = await openDatabase({
    dataDir: options.dataDir,
    file: options.databaseFile,
    nativeBinding: options.nativeBinding,
  });

  if (opened.status === 'refused') {
    const status: AppStatus = {
      state: 'refused',
      databaseFile: opened.file,
      problem: opened.problem,
      message: opened.message,
    };
    registry.registerAll(appHandlers({ status, shell: options.shell, settings: null }));
    return { registry, status, services: null, dataSource: null, close: async () => {} };
  }

  const { dataSource } = opened;
  const services = createServices(dataSource, options.clock);
  const status: AppStatus = { state: 'ready', databaseFile: opened.file, schemaVersion: opened.schemaVersion };
  registry.registerAll(appHandlers({ status, shell: options.shell, settings: services.settings }));
  registry.registerAll(repsHandlers(services.reps));
  registry.registerAll(meetingsHandlers(services));
  registry.registerAll(actionItemsHandlers(services.actionItems));
  registry.registerAll(agendaHandlers(services));
  registry.registerAll(goalsHandlers(services));
  registry.registerAll(skillsHandlers(services));
  registry.registerAll(historyHandlers(services));
  return {
    registry,
    status,
    services,
    dataSource,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}
