import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DataSource } from 'typeorm';
import type { SavedFile } from '@shared/exports/exports';
import {
  REP_CSV_MAX_BYTES,
  REP_IMPORT_PREVIEW_LIMIT,
  type RepAlreadyInBook,
  type RepImportPreview,
  type RepImportResult,
  type RepImportRow,
} from '@shared/reps/rep-import';
import type { FileFilter, ShellActions } from '../app-core';
import { rawConnection } from '../database/raw-connection';
import { decodeFile } from '../domain/rep-import/decode-file';
import { emailKey, readRepCsv } from '../domain/rep-import/read-rep-csv';
import { repImportTemplate } from '../domain/rep-import/template';
import { DomainError } from '../errors';
import { writeFileAtomically } from '../exports/write-file';
import type { Clock } from './clock';
import { SqlReader } from './sql';

export interface RepImportDeps {
  dataSource: DataSource;
  clock: Clock;
  shell: Pick<ShellActions, 'chooseOpenFile' | 'chooseSaveFile'>;
}

const CSV_FILTER: FileFilter = { name: 'Spreadsheet (CSV)', extensions: ['csv', 'txt', 'tsv'] };
// Some CRMs save exports without an extension; the file's content decides, not its name.
const OPEN_FILTERS: FileFilter[] = [CSV_FILTER, { name: 'All files', extensions: ['*'] }];

/** A preview not confirmed within this time must be checked again: the book may have changed. */
const PREVIEW_LIFETIME_MS = 30 * 60 * 1000;

interface PendingImport {
  rows: RepImportRow[];
  /** Rows the preview already skipped as reps in the book. */
  skipped: number;
  createdAt: number;
}

interface ExistingRep {
  name: string;
  email: string;
  status: 'active' | 'archived';
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 100 * 1024 * 1024 ? 1 : 0)} MB`;

export type RepImportService = ReturnType<typeof createRepImportService>;

/**
 * Reps from a spreadsheet in two steps. Preview: main asks for the file, reads and checks every
 * row and answers what would happen, keeping the valid rows under a token. Confirm: the rows of
 * that token are written in one transaction, all or none. Only a preview without problems gets
 * a token, so a file with one bad row can never be half imported.
 */
export function createRepImportService(deps: RepImportDeps) {
  const sql = SqlReader.from(deps.dataSource);
  // One import at a time: a new preview replaces the one before.
  let pending: { token: string; value: PendingImport } | null = null;

  const existingByEmail = (): Map<string, ExistingRep> =>
    new Map(
      sql
        .all<ExistingRep>("SELECT name, email, status FROM reps WHERE email IS NOT NULL AND email <> '' ORDER BY id")
        .map((rep) => [emailKey(rep.email), rep]),
    );

  const readChosenFile = async (filePath: string): Promise<string> => {
    let size: number;
    try {
      size = (await stat(filePath)).size;
    } catch {
      throw new DomainError('invalid_input', 'Coachbook could not read that file. Check that it exists and try again.');
    }
    if (size > REP_CSV_MAX_BYTES) {
      throw new DomainError(
        'invalid_input',
        `The file is ${megabytes(size)}; a rep list can be up to ${megabytes(REP_CSV_MAX_BYTES)} (about 50,000 reps). ` +
          'Is it the right file? Split a larger list into several files.',
      );
    }
    const decoded = decodeFile(await readFile(filePath));
    if (!decoded.ok) throw new DomainError('invalid_input', decoded.message);
    return decoded.text;
  };

  return {
    async preview(): Promise<RepImportPreview | null> {
      const filePath = await deps.shell.chooseOpenFile(OPEN_FILTERS);
      if (filePath === null) return null;
      const read = readRepCsv(await readChosenFile(filePath));
      if (!read.ok) throw new DomainError('invalid_input', read.message);

      const existing = existingByEmail();
      const ready: RepImportRow[] = [];
      const alreadyInBook: RepAlreadyInBook[] = [];
      for (const row of read.rows) {
        const rep = existing.get(emailKey(row.email));
        if (rep === undefined) ready.push(row);
        else {
          alreadyInBook.push({
            line: row.line,
            name: row.name,
            email: row.email,
            existingRepName: rep.name,
            existingRepArchived: rep.status === 'archived',
          });
        }
      }
      const clean = read.problems.length === 0 && ready.length > 0;
      const token = clean ? randomUUID() : null;
      pending = token
        ? { token, value: { rows: ready, skipped: alreadyInBook.length, createdAt: deps.clock.now().getTime() } }
        : null;
      return {
        token,
        fileName: basename(filePath),
        rowCount: read.rowCount,
        readyCount: read.problems.length === 0 ? ready.length : 0,
        rows: ready.slice(0, REP_IMPORT_PREVIEW_LIMIT),
        problemCount: read.problems.length,
        problems: read.problems.slice(0, REP_IMPORT_PREVIEW_LIMIT),
        alreadyInBookCount: alreadyInBook.length,
        alreadyInBook: alreadyInBook.slice(0, REP_IMPORT_PREVIEW_LIMIT),
        columns: read.columns,
        ignoredColumns: read.ignoredColumns,
      };
    },

    confirm(token: string): RepImportResult {
      const found = pending?.token === token ? pending.value : null;
      if (!found || deps.clock.now().getTime() - found.createdAt > PREVIEW_LIFETIME_MS) {
        throw new DomainError(
          'invalid_input',
          'This preview is no longer current; choose the file again to check it once more. Nothing was imported.',
          'token',
        );
      }
      pending = null;
      const connection = rawConnection(deps.dataSource);
      const insert = connection.prepare(
        `INSERT INTO reps (name, email, title, team, territory, start_date, cadence, status, created_at, updated_at)
         VALUES (@name, @email, @title, @team, @territory, @startDate, @cadence, 'active', @now, @now)`,
      );
      const now = deps.clock.now().toISOString();
      // Raw statements in one transaction: 10,000 rows in well under a second, and a failure on
      // any row rolls every row back. The rows were parsed with repFieldsSchema in the preview.
      return connection.transaction((): RepImportResult => {
        // A rep added by hand since the preview is not added a second time.
        const existing = existingByEmail();
        let imported = 0;
        for (const row of found.rows) {
          if (existing.has(emailKey(row.email))) continue;
          insert.run({
            name: row.name,
            email: row.email,
            title: row.title,
            team: row.team,
            territory: row.territory,
            startDate: row.startDate,
            cadence: row.cadence,
            now,
          });
          imported += 1;
        }
        return { imported, skipped: found.skipped + found.rows.length - imported };
      })();
    },

    async saveTemplate(): Promise<SavedFile | null> {
      const filePath = await deps.shell.chooseSaveFile('Coachbook reps template.csv', [CSV_FILTER]);
      if (filePath === null) return null;
      const bytes = await writeFileAtomically(filePath, repImportTemplate());
      return { filePath, bytes };
    },
  };
}
