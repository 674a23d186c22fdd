import { openSqliteFile } from '../database/connection-pragmas';
import { inspectDatabaseFile, withoutLeftovers } from '../database/inspect-database-file';
import type { DatabaseProblem } from '@shared/app/app';
import { DomainError } from '../errors';

export interface RestoreCheckOptions {
  latestSchemaVersion: number;
  nativeBinding?: string;
}

/**
 * Decides whether a file may replace the manager's database, without writing to it: the same
 * checks as opening a database (SQLite header, opens read-only, quick_check, not from a newer
 * Coachbook, not another program's database), then the full `PRAGMA integrity_check`, which also
 * reads every index, because a restore must not swap good data for quietly damaged data.
 */
export function checkRestoreCandidate(file: string, options: RestoreCheckOptions): { schemaVersion: number } {
  const inspection = inspectDatabaseFile(file, options);
  if (!inspection.usable) {
    throw refused(
      inspection.otherProgram
        ? `This file is a database from another program, not a Coachbook backup, so Coachbook did not restore it. ${UNCHANGED} Choose another file.`
        : restoreMessage(inspection.problem, inspection.message, options.latestSchemaVersion),
    );
  }
  const findings = withoutLeftovers(file, () => {
    const db = openSqliteFile(file, { readonly: true, nativeBinding: options.nativeBinding });
    try {
      return db.prepare('PRAGMA integrity_check').pluck().all();
    } finally {
      db.close();
    }
  });
  if (findings.length !== 1 || findings[0] !== 'ok') {
    throw refused(
      `This backup is damaged (SQLite found errors in it), so Coachbook did not restore it. ${UNCHANGED} Choose another backup.`,
    );
  }
  if (inspection.schemaVersion === 0) {
    throw refused(
      `This file is an empty Coachbook database, with nothing to restore. ${UNCHANGED} Choose another backup.`,
    );
  }
  return { schemaVersion: inspection.schemaVersion };
}

const refused = (message: string) => new DomainError('invalid_input', message, 'filePath');

const UNCHANGED = 'Your current data is unchanged.';

/** The open-file checks speak of opening a database; a restore says what it means for the current data. */
function restoreMessage(problem: DatabaseProblem, openMessage: string, latest: number): string {
  switch (problem) {
    case 'not_a_database':
      return `This file is not a Coachbook backup, so Coachbook did not restore it. ${UNCHANGED} Choose another file.`;
    case 'corrupt':
      return `This backup is damaged, so Coachbook did not restore it. ${UNCHANGED} Choose another backup.`;
    case 'newer_version':
      return `This backup was made by a newer version of Coachbook (this app knows schema versions up to ${latest}), so it was not restored. ${UNCHANGED} Update Coachbook to restore it.`;
    case 'unreadable':
      return `${openMessage.replace(/ It was not changed\..*$/, '')} Nothing was restored. ${UNCHANGED}`;
  }
}
