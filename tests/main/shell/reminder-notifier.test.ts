import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReminderNotifier } from '../../../src/main/shell/reminder-notifier';
import { addItem, addMeeting, addRep } from '../support/accountability-fixtures';
import { FRIDAY_MORNING, fixedClock, localInstant, type FixedClock } from '../support/fixed-clock';
import { startTempCore, type TempCore } from '../support/temp-core';

let app: TempCore;
let clock: FixedClock;
beforeEach(async () => {
  clock = fixedClock(FRIDAY_MORNING);
  app = await startTempCore(undefined, { clock });
});
afterEach(async () => {
  await app.dispose();
});

function notifierWithFakeShow() {
  const services = app.core.services;
  if (!services) throw new Error('no services');
  const shown: Array<{ title: string; body: string }> = [];
  const notifier = createReminderNotifier({
    show: (title, body) => shown.push({ title, body }),
    reminders: services.reminders,
    settings: services.settings,
    clock,
  });
  return { notifier, shown };
}

describe('the reminder notifier', () => {
  it('shows a one-on-one 15 minutes ahead and yesterday’s missed commitments, each once', async () => {
    const ana = await addRep(app, 'Ana Ruiz');
    const earlier = await addMeeting(app, ana, localInstant(2026, 11, 20));
    await addMeeting(app, ana, localInstant(2026, 11, 27, 9, 20), 'scheduled');
    await addItem(app, { repId: ana, meetingId: earlier, title: 'Send the Acme proposal', dueDate: '2026-11-26' });
    await addItem(app, { repId: ana, meetingId: earlier, title: 'Long overdue', dueDate: '2026-11-21' });
    const { notifier, shown } = notifierWithFakeShow();

    expect(notifier.check()).toBe(1);
    expect(shown).toEqual([{ title: 'A commitment is now overdue', body: 'Ana Ruiz: Send the Acme proposal' }]);

    clock.set(new Date(2026, 10, 27, 9, 6));
    expect(notifier.check()).toBe(1);
    expect(shown[1]).toEqual({
      title: 'One-on-one with Ana Ruiz',
      body: expect.stringContaining('Starts in 14 minutes'),
    });

    clock.set(new Date(2026, 10, 27, 9, 10));
    expect(notifier.check()).toBe(0);
    expect(shown).toHaveLength(2);
  });

  it('stays quiet when notifications are off in Settings', async () => {
    const ana = await addRep(app, 'Ana Ruiz');
    await addMeeting(app, ana, localInstant(2026, 11, 27, 9, 10), 'scheduled');
    await app.call('settings.update', { notifications: false });
    const { notifier, shown } = notifierWithFakeShow();
    expect(notifier.check()).toBe(0);
    expect(shown).toEqual([]);
  });

  it('survives a failing look-up and tries again next time', () => {
    const shown: string[] = [];
    const logged: string[] = [];
    const notifier = createReminderNotifier({
      show: (title) => shown.push(title),
      reminders: {
        today: () => {
          throw new Error('database is locked');
        },
        startingSoon: () => [],
      },
      settings: { get: () => ({ theme: 'system', notifications: true, spellCheckDownloads: false }) },
      clock,
      log: (message) => logged.push(message),
    });
    expect(notifier.check()).toBe(0);
    expect(logged).toEqual(['reminder check failed']);
  });
});
