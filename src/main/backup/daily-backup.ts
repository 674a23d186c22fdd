import { mkdir, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupsDir, dailyBackupName } from './backup-files';
import { onlineBackup } from './online-backup';
import { dailyBackupsToDelete } from './retention';

/**
 * Today's automatic backup, once per calendar day: made when Coachbook starts (and whenever the
 * shell calls again, e.g. on a timer for an app left open overnight), then the oldest dailies
 * beyond the last seven are deleted. Returns the new file, or null when today's already exists.
 */
export async function runDailyBackup(db: Database, dataDir: string, today: string): Promise<string | null> {
  const dir = backupsDir(dataDir);
  await mkdir(dir, { recursive: true });
  const target = join(dir, dailyBackupName(today));
  if (existsSync(target)) return null;
  await onlineBackup(db, target);
  for (const name of dailyBackupsToDelete(await readdir(dir))) await rm(join(dir, name), { force: true });
  return target;
}
