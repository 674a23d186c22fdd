import { expect, it } from 'vitest';
import { addDays, calendarDayOf } from '@shared/accountability/calendar-days';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';
import { chooseSegment, openWorkspaceFromUpcoming } from './meeting-steps';

/*
 * Between one-on-ones the manager writes down a commitment from the rep's page; the next
 * one-on-one brings it up for follow-up, as the product rules' follow-up rule asks. The rig's core runs
 * on the real clock, so the one-on-one is placed three days from today.
 */

let app: LaunchedApp | undefined;
const dataDir = dataDirPerFile(() => app);

const REP = 'Ana Ruiz';
const TITLE = 'Send the Initech proposal';
const MANAGERS = 'Get pricing approval';

it('an action item added on the rep page comes up in the rep’s next one-on-one', async () => {
  app = await launchApp({ dataDir: dataDir() });
  const { page } = app;
  const rep = await app.call('reps.create', { name: REP, cadence: 'weekly' });
  const meetingDay = addDays(calendarDayOf(new Date()), 3);
  const [year, month, day] = meetingDay.split('-').map(Number);
  await app.call('meetings.schedule', {
    repId: rep.id,
    scheduledAt: new Date(year ?? 0, (month ?? 1) - 1, day, 10).toISOString(),
  });
  const goal = await app.call('goals.create', {
    repId: rep.id,
    kind: 'milestone',
    title: 'Land Initech',
    endDate: addDays(meetingDay, 60),
  });

  await page.getByRole('link', { name: 'Reps' }).click();
  await page.getByRole('table', { name: 'Reps' }).getByRole('link', { name: REP }).click();
  await page.getByRole('heading', { level: 1, name: REP }).waitFor();
  const section = page.getByRole('region', { name: 'Action items' });
  await section.getByRole('button', { name: 'New action item' }).click();
  const dialog = page.getByRole('dialog', { name: 'New action item' });
  // Due on the day of the next one-on-one once the rep's meetings arrive; the title has the focus.
  await expect
    .poll(() => dialog.getByRole('textbox', { name: 'Due date' }).inputValue())
    .toBe(
      // The rig's Chromium runs in en-US: date inputs read "Nov 30, 2026".
      new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric' }).format(
        new Date(`${meetingDay}T00:00`),
      ),
    );
  expect(await dialog.getByRole('textbox', { name: 'Title' }).evaluate((node) => node === document.activeElement)).toBe(
    true,
  );
  await page.keyboard.type(TITLE);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await app.screenshot(`new-action-item-rep-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await section.getByRole('button', { name: `Rename “${TITLE}”` }).waitFor();

  // The manager's own commitment, from the all-reps page: the rep is picked by name.
  await page.getByRole('link', { name: 'Action items', exact: true }).click();
  await page.getByRole('button', { name: 'New action item' }).click();
  await dialog.getByRole('combobox', { name: 'Rep' }).fill('Ana');
  await page.getByRole('option', { name: REP }).click();
  await dialog.getByRole('textbox', { name: 'Title' }).fill(MANAGERS);
  await chooseSegment(dialog, page, 'You');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await app.screenshot(`new-action-item-any-rep-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Add action item' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);

  const saved = await app.call('actionItems.list', { repId: rep.id });
  expect(saved.map((item) => [item.title, item.owner, item.meetingId, item.dueDate])).toEqual([
    [TITLE, 'rep', null, meetingDay],
    [MANAGERS, 'manager', null, meetingDay],
  ]);

  await openWorkspaceFromUpcoming(page, REP);
  const followUps = page.getByRole('list', { name: 'Commitments to follow up' });
  await followUps.getByRole('listitem', { name: TITLE }).waitFor();
  await followUps.getByRole('listitem', { name: MANAGERS }).waitFor();

  // From the goal page the rep and the goal are given.
  await page.goto(`http://coachbook.test/index.html#/goals/${goal.id}`);
  const commitments = page.getByRole('region', { name: 'Linked commitments' });
  await commitments.getByRole('button', { name: 'Add a commitment' }).click();
  await expect.poll(() => dialog.getByRole('combobox', { name: 'Goal' }).inputValue()).toBe('Land Initech');
  await app.screenshot('new-action-item-goal-light');
  await page.keyboard.press('Escape');
  await expect.poll(() => dialog.isVisible()).toBe(false);
  expect(app.pageErrors).toEqual([]);
});
