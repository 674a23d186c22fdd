import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, calendarDayOf } from '@shared/accountability/calendar-days';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';
import { sharedEditor, typeLines, waitUntilSaved } from './meeting-steps';

/*
 * Cancelling and done days as a manager meets them: outcomes noted ahead of a one-on-one in three
 * days, then the one-on-one is cancelled. The rig runs on the real clock, so days are relative
 * to today.
 */
let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

const today = calendarDayOf(new Date());
const noonOf = (day: string) =>
  new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12).toISOString();
const item = (page: Page, title: string) => page.getByRole('listitem', { name: title });

it('cancelling a one-on-one says how many follow-ups it undoes, undoes them and keeps the notes', async () => {
  app = await launchApp({ dataDir: dataDir(), viewport: { width: 1360, height: 900 } });
  const { page } = app;
  const rep = await app.call('reps.create', { name: 'Dana Brooks', team: 'Mid-market', cadence: 'weekly' });
  const lastWeek = await app.call('meetings.schedule', { repId: rep.id, scheduledAt: noonOf(addDays(today, -7)) });
  await app.call('meetings.setStatus', { id: lastWeek.id, status: 'held' });
  // Due tomorrow: done today, ahead of the one-on-one in three days, is done on time.
  const due = addDays(today, 1);
  for (const title of ['Send the Acme proposal', 'Update the pipeline']) {
    await app.call('actionItems.create', { repId: rep.id, meetingId: lastWeek.id, title, dueDate: due });
  }
  const upcoming = await app.call('meetings.schedule', { repId: rep.id, scheduledAt: noonOf(addDays(today, 3)) });
  const before = await app.call('actionItems.list', { repId: rep.id, status: 'all' });

  await page.goto(`http://coachbook.test/index.html#/meetings/${upcoming.id}`);
  await page.getByRole('heading', { level: 1, name: 'One-on-one with Dana Brooks' }).waitFor();
  await item(page, 'Send the Acme proposal').focus();
  await page.keyboard.press('d');
  await item(page, 'Send the Acme proposal').getByText('Recorded: Done').waitFor();
  await item(page, 'Update the pipeline').focus();
  await page.keyboard.press('n');
  await item(page, 'Update the pipeline').getByText('Recorded: Not done').waitFor();
  const proposal = (await app.call('actionItems.list', { repId: rep.id, status: 'done' }))[0];
  expect(proposal).toMatchObject({ title: 'Send the Acme proposal', completedOn: today });

  await sharedEditor(page).click();
  await typeLines(page, ['Prep: ask about the Globex renewal.', '[ ] Call Globex back']);
  await waitUntilSaved(page);

  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this one-on-one?' });
  const undone = dialog.getByRole('list', { name: 'Undone by cancelling' });
  await undone.getByText(/^2 recorded follow-ups undone/).waitFor();
  await dialog.getByText(/^Kept: its agenda and notes, with the 1 action item typed in them/).waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await app.screenshot(`meeting-cancel-confirmation-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Cancel one-on-one' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);

  // The panel says it was cancelled and shows both commitments open, nothing recorded.
  await page.getByText('This one-on-one was cancelled').waitFor();
  await item(page, 'Send the Acme proposal').getByText('Recorded: Done').waitFor({ state: 'detached' });
  expect(await page.getByText(/^Recorded:/).count()).toBe(0);
  const after = await app.call('actionItems.list', { repId: rep.id, status: 'all' });
  const byTitle = (title: string) => after.find((row) => row.title === title);
  for (const old of before) {
    expect(byTitle(old.title)).toMatchObject({
      status: old.status,
      dueDate: old.dueDate,
      carryCount: old.carryCount,
      completedOn: old.completedOn,
    });
  }
  // What was typed stays: the note and the commitment in it.
  expect(byTitle('Call Globex back')).toMatchObject({ status: 'open', meetingId: upcoming.id });
  await sharedEditor(page).getByText('Prep: ask about the Globex renewal.').waitFor();
  expect(app.pageErrors).toEqual([]);
});
