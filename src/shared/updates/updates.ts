import { z } from 'zod';

/** What the last update check found. */
export type UpdateCheck =
  | { outcome: 'up-to-date'; checkedAt: string }
  | { outcome: 'available'; checkedAt: string; version: string }
  | { outcome: 'failed'; checkedAt: string; message: string };

export interface UpdateStatus {
  currentVersion: string;
  /**
   * Off until the manager turns it on: Coachbook promises no network use they did not ask for.
   * While off, nothing contacts the update feed, not even "Check now".
   */
  checksEnabled: boolean;
  /** Why this copy cannot check at all (run from source, or built without a feed); null when it can. */
  unavailableReason: string | null;
  lastCheck: UpdateCheck | null;
}

export const setUpdateChecksSchema = z.object({
  enabled: z.boolean({ message: 'Update checks must be on (true) or off (false)' }),
});
