import type { Database } from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver.js';

/** The better-sqlite3 handle under TypeORM, for what only it offers: online backup, bulk import, streaming export. */
export function rawConnection(dataSource: DataSource): Database {
  const driver = dataSource.driver;
  if (!(driver instanceof BetterSqlite3Driver)) throw new Error('Coachbook needs the better-sqlite3 driver');
  return driver.databaseConnection;
}
