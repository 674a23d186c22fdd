import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';
import { addFirstRepAndOpen } from './meeting-steps';

/*
 * Date and time inputs in the built renderer and a real Chromium: they read the way the system's
 * locale writes dates and times, and main still stores yyyy-MM-dd days and ISO UTC instants.
 */

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

const REP = 'Ana Ruiz';
// ICU puts a narrow no-break space before AM/PM; a manager sees a space.
const plain = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

async function openRep(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Reps' }).click();
  // The screen being left (the team view after a restart) may still name the rep, more than once:
  // every such link opens the same rep page.
  await page.getByRole('link', { name: REP, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: REP }).waitFor();
}

it('on a 12-hour system: the schedule picker reads AM/PM, and 10:00 AM is stored as that instant', async () => {
  app = await launchApp({ dataDir: dataDir(), locale: 'en-US' });
  const { page } = app;
  await addFirstRepAndOpen(page, REP);

  await page.getByRole('button', { name: 'Schedule one-on-one' }).click();
  const dialog = page.getByRole('dialog', { name: `Schedule a one-on-one with ${REP}` });
  const picker = dialog.getByRole('button', { name: 'Date and time' });
  // The suggested slot, e.g. "Tue, Mar 10, 2026, 9:00 AM".
  await expect
    .poll(async () => plain(await picker.textContent()))
    .toMatch(/^\w{3}, \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/);
  await picker.click();
  const hour = page.getByRole('spinbutton', { name: 'Hour' });
  await hour.click();
  await page.keyboard.type('10');
  await page.getByRole('spinbutton', { name: 'Minutes' }).click();
  await page.keyboard.type('00');
  await page.getByRole('combobox', { name: 'AM or PM' }).selectOption('AM');
  await app.screenshot('date-inputs-schedule-picker-12h');
  await page.getByRole('button', { name: 'Use this date and time' }).click();
  expect(plain(await picker.textContent())).toMatch(/, 10:00 AM$/);
  await app.screenshot('date-inputs-schedule-modal-12h');

  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await page.getByRole('heading', { level: 1, name: `One-on-one with ${REP}` }).waitFor();
  const [meeting] = await app.call('meetings.upcoming', {});
  expect(meeting?.scheduledAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
  // 10:00 on the manager's wall clock, whatever the time zone of the run.
  const wallClock = await page.evaluate((instant) => {
    const date = new Date(instant);
    return [date.getHours(), date.getMinutes()];
  }, meeting?.scheduledAt ?? '');
  expect(wallClock).toEqual([10, 0]);
  expect(app.pageErrors).toEqual([]);
});

it('on a 12-hour system: goal dates are typed as ISO or as shown, shown as "Dec 31, 2099", stored yyyy-MM-dd', async () => {
  const { page } = app;
  await openRep(page);
  await page.getByRole('region', { name: 'Goals' }).getByRole('button', { name: 'New goal' }).click();
  const dialog = page.getByRole('dialog', { name: 'New goal' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Calls next year');
  await dialog.getByRole('combobox', { name: 'Metric' }).fill('Calls made');
  await dialog.getByRole('textbox', { name: 'Target value' }).fill('400');
  const start = dialog.getByRole('textbox', { name: 'Start date' });
  const end = dialog.getByRole('textbox', { name: 'End date' });

  // Which of 03 and 04 is the month? Not guessed: the field says so and nothing is sent.
  await start.fill('');
  await start.pressSequentially('03/04/2099');
  await end.click();
  await dialog.getByText(/^Not a date\. Type it like Nov 27, 2026 or 2026-11-27\.$/).waitFor();
  await app.screenshot('date-inputs-goal-form-error');

  await start.fill('');
  await start.pressSequentially('Jan 5, 2099');
  await end.click();
  await end.pressSequentially('2099-12-31');
  await app.screenshot('date-inputs-goal-form-calendar');
  await dialog.getByRole('textbox', { name: 'Title' }).click();
  expect([plain(await start.inputValue()), plain(await end.inputValue())]).toEqual(['Jan 5, 2099', 'Dec 31, 2099']);
  await app.screenshot('date-inputs-goal-form');

  await dialog.getByRole('button', { name: 'Add goal' }).click();
  await dialog.waitFor({ state: 'detached' });
  const [rep] = await app.call('reps.list', { status: 'all' });
  const goals = await app.call('goals.listForRep', { repId: rep?.id ?? 0, status: 'all' });
  expect(goals.map((goal) => [goal.title, goal.startDate, goal.endDate])).toEqual([
    ['Calls next year', '2099-01-05', '2099-12-31'],
  ]);
  expect(app.pageErrors).toEqual([]);
});

it('on a 24-hour system: the picker reads the day first and HH:mm, with no AM/PM', async () => {
  app = await app.restart({ locale: 'en-GB' });
  const { page } = app;
  await openRep(page);
  await page.getByRole('button', { name: 'Schedule one-on-one' }).click();
  const dialog = page.getByRole('dialog', { name: `Schedule a one-on-one with ${REP}` });
  const picker = dialog.getByRole('button', { name: 'Date and time' });
  // e.g. "Tue, 10 Mar 2026, 09:30": day before month, two-digit hours.
  await expect
    .poll(async () => plain(await picker.textContent()))
    .toMatch(/^\w{3}, \d{1,2} \w{3,4} \d{4}, \d{2}:\d{2}$/);
  await picker.click();
  await page.getByRole('spinbutton', { name: 'Hour' }).waitFor();
  expect(await page.getByRole('combobox', { name: 'AM or PM' }).count()).toBe(0);
  await app.screenshot('date-inputs-schedule-picker-24h');
  expect(app.pageErrors).toEqual([]);
});
