import type { ApiParsedInput } from '@shared/api/contract';
import type { UpdateCheck, UpdateStatus } from '@shared/updates/updates';

type FeedAnswer =
  { outcome: 'up-to-date' } | { outcome: 'available'; version: string } | { outcome: 'failed'; message: string };

/** Main's update service as the renderer sees it: a feed answer to give, and what was asked. */
export class FakeUpdates {
  status: UpdateStatus = { currentVersion: '0.1.0', checksEnabled: false, unavailableReason: null, lastCheck: null };
  /** What the next check finds. */
  nextCheck: FeedAnswer = { outcome: 'up-to-date' };
  installs = 0;

  readonly handlers = {
    'updates.status': () => this.status,
    'updates.setChecksEnabled': ({ enabled }: ApiParsedInput<'updates.setChecksEnabled'>) => {
      this.status = { ...this.status, checksEnabled: enabled, lastCheck: enabled ? this.status.lastCheck : null };
      return this.status;
    },
    'updates.check': () => {
      const lastCheck = { ...this.nextCheck, checkedAt: '2026-01-05T09:30:00.000Z' } satisfies UpdateCheck;
      this.status = { ...this.status, lastCheck };
      return this.status;
    },
    'updates.install': () => {
      this.installs += 1;
      return null;
    },
  };
}
