import { describe, expect, it } from 'vitest';
import { planNotifications, type PlanNotificationsInput } from '@shared/reminders/plan-notifications';

// 09:00 on Friday 27 November 2026 in Berlin is 08:00 UTC.
const NOW = new Date('2026-11-27T08:00:00.000Z');
const base: PlanNotificationsInput = {
  now: NOW,
  meetings: [],
  overdueItems: [],
  alreadyNotified: new Set(),
  enabled: true,
  timeZone: 'Europe/Berlin',
};
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

describe('planNotifications', () => {
  it('reminds of a one-on-one starting within 15 minutes, once', () => {
    const meetings = [
      { meetingId: 1, repName: 'Ana Ruiz', scheduledAt: at(10) },
      { meetingId: 2, repName: 'Ben Okafor', scheduledAt: at(16) },
      { meetingId: 3, repName: 'Cleo Park', scheduledAt: at(-5) },
      { meetingId: 4, repName: 'Dev Shah', scheduledAt: at(15) },
    ];
    const planned = planNotifications({ ...base, meetings });
    expect(planned).toEqual([
      { keys: ['meeting:1'], title: 'One-on-one with Ana Ruiz', body: expect.stringContaining('Starts in 10 minutes') },
      { keys: ['meeting:4'], title: 'One-on-one with Dev Shah', body: expect.stringContaining('Starts in 15 minutes') },
    ]);
    expect(planNotifications({ ...base, meetings, alreadyNotified: new Set(['meeting:1', 'meeting:4']) })).toEqual([]);
  });

  it('tells once about commitments that became overdue today (due yesterday), not older ones', () => {
    const overdueItems = [
      { actionItemId: 7, title: 'Send the Acme proposal', repName: 'Ana Ruiz', dueDate: '2026-11-26' },
      { actionItemId: 8, title: 'Call back Globex', repName: 'Ana Ruiz', dueDate: '2026-11-20' },
    ];
    expect(planNotifications({ ...base, overdueItems })).toEqual([
      {
        keys: ['overdue:7:2026-11-26'],
        title: 'A commitment is now overdue',
        body: 'Ana Ruiz: Send the Acme proposal',
      },
    ]);
    expect(planNotifications({ ...base, overdueItems, alreadyNotified: new Set(['overdue:7:2026-11-26']) })).toEqual(
      [],
    );
  });

  it('groups several newly overdue commitments into one notification', () => {
    const overdueItems = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eve'].map((repName, index) => ({
      actionItemId: index + 1,
      title: 'Update the pipeline',
      repName,
      dueDate: '2026-11-26',
    }));
    const [notification] = planNotifications({ ...base, overdueItems });
    expect(notification).toEqual({
      keys: [
        'overdue:1:2026-11-26',
        'overdue:2:2026-11-26',
        'overdue:3:2026-11-26',
        'overdue:4:2026-11-26',
        'overdue:5:2026-11-26',
      ],
      title: '5 commitments are now overdue',
      body: 'From Ana, Ben, Cleo and 2 more.',
    });
  });

  it('uses the manager’s day: 00:30 in Berlin is still yesterday in UTC', () => {
    const justAfterMidnight = new Date('2026-11-26T23:30:00.000Z'); // 00:30 on the 27th in Berlin
    const overdueItems = [{ actionItemId: 7, title: 'Send the proposal', repName: 'Ana', dueDate: '2026-11-26' }];
    expect(planNotifications({ ...base, now: justAfterMidnight, overdueItems })).toHaveLength(1);
    expect(planNotifications({ ...base, now: justAfterMidnight, overdueItems, timeZone: 'UTC' })).toEqual([]);
  });

  it('shows nothing when notifications are switched off', () => {
    const meetings = [{ meetingId: 1, repName: 'Ana Ruiz', scheduledAt: at(5) }];
    const overdueItems = [{ actionItemId: 7, title: 'x', repName: 'Ana', dueDate: '2026-11-26' }];
    expect(planNotifications({ ...base, meetings, overdueItems, enabled: false })).toEqual([]);
  });
});
