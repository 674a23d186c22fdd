import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterEach } from 'vitest';

/**
 * Temp folders for one test file, never the user's data folder. Data sources handed to
 * `track` are closed before the folders are removed.
 */
export function useTempFolders(): { make: () => Promise<string>; track: <T extends DataSource>(dataSource: T) => T } {
  const folders: string[] = [];
  const dataSources: DataSource[] = [];

  afterEach(async () => {
    for (const dataSource of dataSources.splice(0)) if (dataSource.isInitialized) await dataSource.destroy();
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });

  return {
    make: async () => {
      const folder = await mkdtemp(join(tmpdir(), 'coachbook-db-'));
      folders.push(folder);
      return folder;
    },
    track: (dataSource) => {
      dataSources.push(dataSource);
      return dataSource;
    },
  };
}
