import { existsSync, readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import type { UpdatePreference } from './update-service';

/**
 * The update-check choice in a small JSON file in Electron's profile folder. It belongs to the
 * installed app, not to a book: opening another database or restoring a backup keeps it.
 * Anything unreadable counts as off, the default.
 */
export function createUpdatePreferenceFile(file: string): UpdatePreference {
  let enabled = readEnabled(file);
  return {
    enabled: () => enabled,
    async setEnabled(value) {
      const temporary = `${file}.tmp`;
      await writeFile(temporary, `${JSON.stringify({ checkForUpdates: value })}\n`);
      await rename(temporary, file);
      enabled = value;
    },
  };
}

function readEnabled(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const stored: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return (
      typeof stored === 'object' && stored !== null && 'checkForUpdates' in stored && stored.checkForUpdates === true
    );
  } catch {
    return false;
  }
}
