import { open, rename, rm, stat } from 'node:fs/promises';
import type { Database } from 'better-sqlite3';

/**
 * Pages copied per step of SQLite's online backup. Between steps the event loop runs, so the app
 * keeps answering; writes made meanwhile through this same connection are copied into the backup
 * as they happen (SQLite's backup API), so the copy is one consistent state of the database.
 */
const PAGES_PER_STEP = 2000;

/**
 * Backs the open database up to `destination` with SQLite's online backup API. The copy is
 * written beside the destination and renamed into place only when complete, so a failed or
 * interrupted backup never leaves a half-written file under the chosen name.
 */
export async function onlineBackup(
  db: Database,
  destination: string,
  step: { pages?: number; between?: () => void } = {},
): Promise<number> {
  const partial = `${destination}.partial-${process.pid}-${Date.now()}`;
  try {
    await db.backup(partial, {
      progress: () => {
        step.between?.();
        return step.pages ?? PAGES_PER_STEP;
      },
    });
    await markRollbackJournal(partial);
    await rename(partial, destination);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return (await stat(destination)).size;
}

/**
 * The copy inherits the live file's WAL flag, so merely opening it (even read-only) would create
 * -wal and -shm files beside it. A backup should be one self-contained file a manager can move
 * around, so the copy is switched to the rollback journal, as `PRAGMA journal_mode = DELETE`
 * would: bytes 18 and 19 of the header ("file format write/read version", sqlite.org/fileformat2)
 * go from 2 (WAL) to 1 (legacy). The copy has no WAL of its own, so nothing else changes; Coachbook
 * turns WAL back on when it opens a restored file.
 */
async function markRollbackJournal(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const header = Buffer.alloc(2);
    await handle.read(header, 0, 2, 18);
    if (header[0] === 2 && header[1] === 2) await handle.write(Buffer.from([1, 1]), 0, 2, 18);
  } finally {
    await handle.close();
  }
}
