import type { MigrationInterface } from 'typeorm';
import { InitialSchema1764230400001 } from './0001-initial-schema';
import { BuiltinAgendaTemplates1764230400002 } from './0002-builtin-agenda-templates';
import { GoalsSearch1764230400003 } from './0003-goals-search';
import { SearchSecureDelete1764230400004 } from './0004-search-secure-delete';
import { CalendarLinks1764230400005 } from './0005-calendar-links';

/*
 * Every migration, oldest first. To add one: create NNNN-what-it-does.ts with a class named
 * <Name><1764230400000 + N> (TypeORM orders by that suffix), end its `up` with
 * `PRAGMA user_version = N` and its `down` with N - 1, append it here, and add a test that
 * upgrades a database of version N - 1 with data in it (tests/main/database/migration-helpers.ts).
 *
 * SQLite cannot alter most constraints in place, so a migration rebuilds the table
 * (temporary_x, copy, drop, rename: what TypeORM's schema builder generates). TypeORM's
 * better-sqlite3 runner turns foreign keys off around the migration transaction, so dropping
 * a parent table does not cascade, but nothing checks references either: a rebuild must keep
 * every id and should end with `PRAGMA foreign_key_check` (throw if it returns rows, which
 * rolls the whole upgrade back). Dropping meetings or action_items also drops their FTS
 * triggers (0001-initial-schema.ts): create them again.
 */
export const allMigrations: ReadonlyArray<new () => MigrationInterface> = [
  InitialSchema1764230400001,
  BuiltinAgendaTemplates1764230400002,
  GoalsSearch1764230400003,
  SearchSecureDelete1764230400004,
  CalendarLinks1764230400005,
];

/** The `PRAGMA user_version` of a fully migrated file. A higher one was written by a newer Coachbook. */
export const LATEST_SCHEMA_VERSION = allMigrations.length;
