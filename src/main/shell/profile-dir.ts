import { join, resolve } from 'node:path';

/**
 * Chromium's profile folder (and with it the single-instance lock) for a run on `dataDir`.
 * A run on its own data folder (`--data-dir`, `COACHBOOK_DATA_DIR`, a test's temp folder) gets
 * its own profile inside it, so a second book or a test never collides with the manager's open
 * app, while two runs on the same folder still do. Undefined: keep Electron's default.
 */
export function profileDirForDataDir(dataDir: string, defaultUserData: string): string | undefined {
  return resolve(dataDir) === resolve(defaultUserData) ? undefined : join(resolve(dataDir), 'electron-profile');
}
