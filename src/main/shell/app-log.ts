import { join } from 'node:path';
import log from 'electron-log/node';

/** Where Coachbook writes what went wrong, shown in Settings so a manager can send it. */
export interface AppLog {
  /** The current log file. */
  readonly file: string;
  error(message: string, detail?: unknown): void;
  info(message: string): void;
}

/** One megabyte, then the file rolls over to `coachbook.old.log` (one old file kept). */
const MAX_LOG_BYTES = 1024 * 1024;

export const logFileIn = (userDataDir: string): string => join(userDataDir, 'logs', 'coachbook.log');

/**
 * A rotating log file in the user-data folder, through electron-log's Node transport (it needs
 * no Electron, so the shell harness records the same file the app writes). The console still
 * gets every line, for `npm start` in a terminal.
 */
export function createAppLog(userDataDir: string): AppLog {
  const file = logFileIn(userDataDir);
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = MAX_LOG_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = 'info';
  return {
    file,
    error: (message, detail) => (detail === undefined ? log.error(message) : log.error(message, detail)),
    info: (message) => log.info(message),
  };
}
