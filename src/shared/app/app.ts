import { z } from 'zod';

export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export interface Settings {
  theme: ThemePreference;
  /** OS notifications for one-on-ones about to start and commitments that became overdue. */
  notifications: boolean;
  /**
   * Whether the spell checker may download its dictionaries. On Linux Chromium fetches Hunspell
   * dictionaries from Google's servers; Coachbook makes no network call without the manager's
   * consent. macOS and Windows use the system's own spell checker and never download.
   */
  spellCheckDownloads: boolean;
}

export const DEFAULT_SETTINGS: Settings = { theme: 'system', notifications: true, spellCheckDownloads: false };

export const updateSettingsSchema = z.object({
  theme: z.enum(THEME_PREFERENCES, { message: 'Theme must be system, light or dark' }).optional(),
  notifications: z.boolean({ message: 'Notifications must be on (true) or off (false)' }).optional(),
  spellCheckDownloads: z
    .boolean({ message: 'Spelling dictionary downloads must be on (true) or off (false)' })
    .optional(),
});

/** Why the database was not opened. The app never modifies a file it refused. */
export type DatabaseProblem = 'corrupt' | 'newer_version' | 'not_a_database' | 'unreadable';

export type AppStatus =
  | {
      state: 'ready';
      databaseFile: string;
      schemaVersion: number;
      /** The demo book is open (a file of its own, thrown away on leaving), not the manager's book. */
      demo?: boolean;
    }
  | {
      state: 'refused';
      databaseFile: string;
      problem: DatabaseProblem;
      message: string;
      /** Where restoring a backup keeps the refused file aside (and where the backups are). */
      backupsDir: string;
    };
