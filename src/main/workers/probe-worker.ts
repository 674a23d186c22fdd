import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

// Opens SQLite in memory in its own thread and answers with the version: proves a worker starts,
// loads the driver (the Electron-ABI one when `nativeBinding` names it) and talks back.
const { nativeBinding } = (workerData ?? {}) as { nativeBinding?: string };
const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
const { version } = db.prepare('SELECT sqlite_version() AS version').get() as { version: string };
db.close();
parentPort?.postMessage({ sqliteVersion: version });
