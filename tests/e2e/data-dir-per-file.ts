import { mkdir, rm } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { makeDataDir, SCREENSHOT_DIR, type LaunchedApp } from './app';

/**
 * A data folder for one test file: made (with the screenshot folder) before its tests, removed
 * after them together with the app the file launched last. `currentApp` is read at the end
 * because tests relaunch. Returns the folder's path; call it inside tests and hooks.
 */
export function dataDirPerFile(currentApp: () => LaunchedApp | undefined): () => string {
  let dataDir: string | undefined;
  beforeAll(async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    dataDir = await makeDataDir();
  });
  afterAll(async () => {
    await currentApp()?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return () => {
    if (dataDir === undefined) throw new Error('The data folder is made in beforeAll; read it inside a test or hook.');
    return dataDir;
  };
}
