import { MEETING_REMINDER_MINUTES, planNotifications } from '@shared/reminders/plan-notifications';
import type { Clock } from '../services/clock';
import type { RemindersService } from '../services/reminders';
import type { SettingsService } from '../services/settings';

export interface ReminderNotifierDeps {
  /** Shows one OS notification; index.ts passes Electron's `new Notification({ title, body }).show()`. */
  show(title: string, body: string): void;
  reminders: Pick<RemindersService, 'today' | 'startingSoon'>;
  settings: Pick<SettingsService, 'get'>;
  clock: Clock;
  log?: (message: string, detail?: unknown) => void;
}

export interface ReminderNotifier {
  /** Looks once and shows what is due; returns how many notifications it showed. */
  check(): number;
  /** Checks now and then every `intervalMs` (a minute by default) until stopped. */
  start(intervalMs?: number): void;
  stop(): void;
}

/**
 * The main process's reminder loop: asks the services what is coming up, lets the pure
 * `planNotifications` decide, and shows the result. What was shown is remembered for the life
 * of the process, so each one-on-one and each newly overdue commitment pops up once.
 */
export function createReminderNotifier(deps: ReminderNotifierDeps): ReminderNotifier {
  const notified = new Set<string>();
  let timer: ReturnType<typeof setInterval> | null = null;

  const check = (): number => {
    try {
      const { notifications: enabled } = deps.settings.get();
      if (!enabled) return 0;
      const today = deps.reminders.today();
      const overdueItems = today.followUpsDue.flatMap((group) =>
        group.items
          .filter((item) => item.daysOverdue > 0)
          .map((item) => ({
            actionItemId: item.actionItemId,
            title: item.title,
            repName: group.repName,
            dueDate: item.dueDate,
          })),
      );
      const planned = planNotifications({
        now: deps.clock.now(),
        meetings: deps.reminders.startingSoon(MEETING_REMINDER_MINUTES),
        overdueItems,
        alreadyNotified: notified,
        enabled,
      });
      for (const notification of planned) {
        for (const key of notification.keys) notified.add(key);
        deps.show(notification.title, notification.body);
      }
      return planned.length;
    } catch (error) {
      // A reminder is a nicety: a failed look must never take the app down; the next tick retries.
      deps.log?.('reminder check failed', error);
      return 0;
    }
  };

  return {
    check,
    start(intervalMs = 60_000) {
      if (timer) return;
      check();
      timer = setInterval(check, intervalMs);
      // Reminders alone must not keep the process alive once the windows are gone.
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
