import type { UpdateCheck, UpdateStatus } from '@shared/updates/updates';
import { systemClock, type Clock } from '../services/clock';
import { DomainError } from '../errors';

/** The one piece that talks to the feed (electron-updater in the app, a fake in tests). */
export interface Updater {
  /** The newest version on the feed, or null when the running one is the newest. */
  latestVersion(): Promise<string | null>;
  /** Downloads that version and restarts into it. */
  downloadAndRestart(): Promise<void>;
}

/** Where the manager's on/off choice is kept (a file beside Electron's profile). */
export interface UpdatePreference {
  enabled(): boolean;
  setEnabled(enabled: boolean): Promise<void>;
}

export type UpdateService = ReturnType<typeof createUpdateService>;

export interface UpdateServiceDeps {
  /** Null when this copy cannot check; `unavailableReason` says why. */
  updater: Updater | null;
  unavailableReason: string;
  preference: UpdatePreference;
  currentVersion: string;
  clock: Clock;
  log(message: string, detail?: unknown): void;
}

/**
 * Opt-in update checks. Nothing reaches the network unless the manager turned checks on; a check
 * only reports, and an update is downloaded and installed only when they click for it.
 */
export function createUpdateService(deps: UpdateServiceDeps) {
  let lastCheck: UpdateCheck | null = null;

  const status = (): UpdateStatus => ({
    currentVersion: deps.currentVersion,
    checksEnabled: deps.preference.enabled(),
    unavailableReason: deps.updater ? null : deps.unavailableReason,
    lastCheck,
  });

  const requireUpdater = (): Updater => {
    if (!deps.updater) throw new DomainError('unavailable', deps.unavailableReason);
    return deps.updater;
  };

  const check = async (): Promise<UpdateStatus> => {
    const updater = requireUpdater();
    if (!deps.preference.enabled()) {
      throw new DomainError('unavailable', 'Update checks are off; turn them on in Settings to check.');
    }
    const checkedAt = deps.clock.now().toISOString();
    try {
      const version = await updater.latestVersion();
      lastCheck = version ? { outcome: 'available', checkedAt, version } : { outcome: 'up-to-date', checkedAt };
    } catch (error) {
      deps.log('the update check failed', error);
      lastCheck = { outcome: 'failed', checkedAt, message: describeFailure(error) };
    }
    return status();
  };

  return {
    status,
    check,
    async setChecksEnabled(enabled: boolean): Promise<UpdateStatus> {
      requireUpdater();
      await deps.preference.setEnabled(enabled);
      if (!enabled) lastCheck = null;
      return status();
    },
    /** The check at start, only when the manager turned checks on and this copy can check. */
    async checkAtStart(): Promise<void> {
      if (deps.updater && deps.preference.enabled()) await check();
    },
    async install(): Promise<null> {
      const updater = requireUpdater();
      if (lastCheck?.outcome !== 'available') {
        throw new DomainError('unavailable', 'There is no newer version to install; check for updates first.');
      }
      await updater.downloadAndRestart();
      return null;
    },
  };
}

/** A copy that cannot check (tests, scripts, the end-to-end rig, a run from source). */
export function createUnavailableUpdates(reason: string, currentVersion: string): UpdateService {
  return createUpdateService({
    updater: null,
    unavailableReason: reason,
    preference: { enabled: () => false, setEnabled: async () => undefined },
    currentVersion,
    clock: systemClock,
    log: () => undefined,
  });
}

function describeFailure(error: unknown): string {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `Coachbook could not reach the update feed (${detail}).`;
}
