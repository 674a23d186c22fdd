import type { DataSource } from 'typeorm';
import { DEFAULT_SETTINGS, type Settings } from '@shared/app/app';
import type { ApiParsedInput } from '@shared/api/contract';
import { SqlReader } from './sql';

export type SettingsService = ReturnType<typeof createSettingsService>;

/** Manager preferences, one JSON value per key in the `settings` table. */
export function createSettingsService(dataSource: DataSource) {
  const sql = SqlReader.from(dataSource);

  const get = (): Settings => {
    const rows = sql.all<{ key: string; value: string }>('SELECT key, value FROM settings');
    const stored: Partial<Settings> = {};
    for (const row of rows) {
      if (row.key === 'theme') stored.theme = JSON.parse(row.value) as Settings['theme'];
      if (row.key === 'notifications') stored.notifications = JSON.parse(row.value) === true;
      if (row.key === 'spellCheckDownloads') stored.spellCheckDownloads = JSON.parse(row.value) === true;
    }
    return { ...DEFAULT_SETTINGS, ...stored };
  };

  return {
    get,
    async update(changes: ApiParsedInput<'settings.update'>): Promise<Settings> {
      await dataSource.transaction(async (manager) => {
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) continue;
          await manager.query(
            'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
            [key, JSON.stringify(value)],
          );
        }
      });
      return get();
    },
  };
}
