import type { Database } from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { applyConnectionPragmas } from './connection-pragmas';
import { allEntities } from './entities';
import { allMigrations } from './migrations';

export interface CreateDataSourceOptions {
  /** Absolute path of the SQLite file. */
  file: string;
  /** A better-sqlite3 binary built for Electron's ABI; Node's own build is used when absent. */
  nativeBinding?: string;
  /** Tests only: build the schema from the entities instead of the migrations. */
  synchronize?: boolean;
}

/** How long a write waits for another connection (a second window, a backup) before failing. */
const BUSY_TIMEOUT_MS = 5000;

/** A DataSource for a Coachbook file. Not initialised, and migrations are never run implicitly. */
export function createDataSource({ file, nativeBinding, synchronize = false }: CreateDataSourceOptions): DataSource {
  // The app's schema comes only from the checked-in migrations; synchronize could silently
  // drop a column in a manager's file.
  if (synchronize && process.env.VITEST === undefined) {
    throw new Error('synchronize is for tests only; the app builds its schema from migrations');
  }
  return new DataSource({
    type: 'better-sqlite3',
    database: file,
    nativeBinding,
    entities: allEntities,
    migrations: [...allMigrations],
    migrationsRun: false,
    // One transaction for every pending migration: a failed upgrade leaves the file as it was.
    migrationsTransactionMode: 'all',
    synchronize,
    enableWAL: true,
    timeout: BUSY_TIMEOUT_MS,
    prepareDatabase: (db: Database) => {
      // TypeORM turns foreign keys on after this as well; set here too so the connection is
      // never used without them, whatever the driver does in later versions.
      db.pragma('foreign_keys = ON');
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      applyConnectionPragmas(db);
    },
    logging: false,
  });
}
