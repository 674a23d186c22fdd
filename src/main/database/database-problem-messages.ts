/*
 * What the problem screen tells a manager when Coachbook will not open a database file.
 * Plain words, what happened, that the file is untouched, and what to do next.
 */

const UNCHANGED = 'It was not changed.';

export const databaseProblemMessages = {
  notSqlite: (): string =>
    `This file is not a Coachbook database. ${UNCHANGED} Open another file or start a new database.`,
  otherProgram: (): string =>
    `This file is a database from another program, not from Coachbook. ${UNCHANGED} Open another file or start a new database.`,
  corrupt: (): string =>
    `This database file is damaged, so Coachbook did not open it. ${UNCHANGED} Open a backup or another file.`,
  newerVersion: (fileVersion: number, appVersion: number): string =>
    `This database was created by a newer version of Coachbook (schema ${fileVersion}; this app knows up to ${appVersion}). ${UNCHANGED} Open another file or update Coachbook.`,
  inUse: (): string =>
    `Another program is using this database file, so Coachbook could not read it. ${UNCHANGED} Close the other program and try again.`,
  noPermission: (): string =>
    `Coachbook is not allowed to read or write this database file or its folder. ${UNCHANGED} Check the file's permissions or open another file.`,
  unreadable: (): string =>
    `Coachbook could not read this database file. ${UNCHANGED} Try again, or open another file.`,
  backupBeforeUpgradeFailed: (): string =>
    `This database needs an update, and Coachbook could not save a safety copy of it first (is the disk full, or the data folder read-only?), so it did not update it. ${UNCHANGED} Free some space and try again.`,
  upgradeFailed: (): string =>
    'Coachbook could not update this database to the current version, so it did not open it. The update was undone and your data is as it was; try again, or open another file.',
};
