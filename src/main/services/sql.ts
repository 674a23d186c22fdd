import type { Database, Statement } from 'better-sqlite3';
import type { DataSource } from 'typeorm';
import { BetterSqlite3Driver } from 'typeorm/driver/better-sqlite3/BetterSqlite3Driver.js';

type Params = Record<string, unknown> | unknown[];

/**
 * Prepared-statement access to the connection TypeORM opened. Hot read paths (lists, the team
 * view, search) use it so they cost what their SQL costs; writes go through TypeORM, except the
 * hot write path (saving notes while the manager types), which runs prepared statements inside
 * `transaction`.
 */
export class SqlReader {
  private readonly statements = new Map<string, Statement>();
  /** Statements in raw mode: better-sqlite3 sets the mode on the statement, so they are kept apart. */
  private readonly rawStatements = new Map<string, Statement>();

  constructor(private readonly connection: Database) {}

  static from(dataSource: DataSource): SqlReader {
    const driver = dataSource.driver;
    if (!(driver instanceof BetterSqlite3Driver)) throw new Error('Coachbook needs the better-sqlite3 driver');
    return new SqlReader(driver.databaseConnection);
  }

  all<Row>(sql: string, params: Params = {}): Row[] {
    return this.prepare(sql).all(params) as Row[];
  }

  get<Row>(sql: string, params: Params = {}): Row | undefined {
    return this.prepare(sql).get(params) as Row | undefined;
  }

  /** Each row as its column values, in the order the statement selects them. */
  values<Row extends unknown[]>(sql: string, params: Params = {}): Row[] {
    let statement = this.rawStatements.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql).raw(true);
      this.rawStatements.set(sql, statement);
    }
    return statement.all(params) as Row[];
  }

  run(sql: string, params: Params = {}): { changes: number; lastInsertRowid: number } {
    const result = this.prepare(sql).run(params);
    return { changes: result.changes, lastInsertRowid: Number(result.lastInsertRowid) };
  }

  /**
   * Runs `work` in one SQLite transaction, rolled back if it throws. It is synchronous on
   * purpose: no other API call can interleave on the shared connection while it runs, which an
   * async TypeORM transaction cannot promise.
   */
  transaction<T>(work: () => T): T {
    return this.connection.transaction(work)();
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** Escapes LIKE wildcards so a typed `%` or `_` matches itself (used with `ESCAPE '\'`). */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
