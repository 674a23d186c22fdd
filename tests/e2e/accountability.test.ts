import { mkdir, rm } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, calendarDayOf } from '@shared/accountability/calendar-days';
import { seedDemoData } from '../../src/main/demo/seed-demo-data';
import { launchApp, makeDataDir, SCREENSHOT_DIR, type LaunchedApp } from './app';

/*
 * The accountability scenario, tried as a new user would: one rep, three one-on-ones in a row, every
 * commitment followed up by keyboard in the follow-up panel, and the figures checked against
 * The product rules' definitions worked out by hand. The rig's core runs on the real clock, so the
 * meetings are placed relative to today: two and one week ago, and today.
 */

let app: LaunchedApp | undefined;
const dataDirs: string[] = [];

beforeAll(async () => {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});
afterEach(async () => {
  await app?.close();
  app = undefined;
  for (const dir of dataDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

const today = calendarDayOf(new Date());
/** Noon on a calendar day, in this machine's time zone (the one the core counts days in). */
const noonOf = (day: string) =>
  new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12).toISOString();
/** How Mantine's date picker names a day: "27 November 2026". */
const pickerLabel = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const item = (page: Page, title: string) => page.getByRole('listitem', { name: title });

async function press(page: Page, title: string, key: string) {
  await item(page, title).focus();
  await page.keyboard.press(key);
}

async function expectRecorded(page: Page, title: string, label: string) {
  await item(page, title).getByText(`Recorded: ${label}`).waitFor();
}

/** Mantine's SegmentedControl hides its radio inputs; a user clicks the label. */
async function chooseSegment(page: Page, scope: ReturnType<Page['getByRole']>, name: string) {
  const id = await scope.getByRole('radio', { name, exact: true }).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

/**
 * Light and dark. `height` makes the window that tall for the shot (the rep page is longer than
 * a screen; a full-page capture would paint the app's fixed header in the middle).
 */
async function shoot(target: LaunchedApp, name: string, { height }: { height?: number } = {}) {
  const { page } = target;
  const before = page.viewportSize();
  if (height && before) {
    await page.setViewportSize({ width: before.width, height });
    await page.evaluate(() => document.querySelector('main')?.scrollIntoView());
  }
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await target.screenshot(`${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (height && before) await page.setViewportSize(before);
}

describe('the accountability loop, end to end', () => {
  it('follows up three commitments over three one-on-ones and shows the figures docs/product-rules.md defines', async () => {
    const dataDir = await makeDataDir();
    dataDirs.push(dataDir);
    app = await launchApp({ dataDir, viewport: { width: 1360, height: 1000 } });
    const { page } = app;

    const rep = await app.call('reps.create', { name: 'Maya Chen', team: 'Enterprise', cadence: 'weekly' });
    const schedule = (day: string) => app!.call('meetings.schedule', { repId: rep.id, scheduledAt: noonOf(day) });
    const meeting1 = await schedule(addDays(today, -14));
    const meeting2 = await schedule(addDays(today, -7));
    const meeting3 = await schedule(today);
    await app.call('meetings.setStatus', { id: meeting1.id, status: 'held' });
    await app.call('meetings.setStatus', { id: meeting2.id, status: 'held' });

    // Meeting 1: three commitments, two the rep's and one the manager's, all due before meeting 2.
    const firstDue = addDays(today, -10);
    for (const [title, owner] of [
      ['Send the Acme proposal', 'rep'],
      ['Book three discovery calls', 'rep'],
      ['Share the pricing deck', 'manager'],
    ] as const) {
      await app.call('actionItems.create', { repId: rep.id, meetingId: meeting1.id, title, owner, dueDate: firstDue });
    }

    // Meeting 2: all three come up, oldest first; done, not done (new due date: today), dropped — by keyboard.
    await page.goto(`http://coachbook.test/index.html#/meetings/${meeting2.id}/follow-ups`);
    const list = page.getByRole('list', { name: 'Commitments to follow up' });
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBe(3);
    await item(page, 'Send the Acme proposal').getByText('3 days overdue').waitFor();

    await press(page, 'Send the Acme proposal', 'd');
    await expectRecorded(page, 'Send the Acme proposal', 'Done');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('n');
    await expectRecorded(page, 'Book three discovery calls', 'Not done');
    // Not done opens the note and new due date beside the item.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Calendar was full; booked for this week');
    await item(page, 'Book three discovery calls').getByRole('button', { name: 'New due date' }).click();
    await page.getByRole('button', { name: pickerLabel(today), exact: true }).click();
    await item(page, 'Book three discovery calls').getByRole('button', { name: 'Save' }).click();
    await item(page, 'Book three discovery calls').getByText('“Calendar was full; booked for this week”').waitFor();
    await press(page, 'Share the pricing deck', 'x');
    await expectRecorded(page, 'Share the pricing deck', 'Dropped');
    // Undo and record again: the carry count must count this meeting once.
    await page.keyboard.press('u');
    await item(page, 'Share the pricing deck').getByText('Recorded: Dropped').waitFor({ state: 'detached' });
    await page.keyboard.press('x');
    await expectRecorded(page, 'Share the pricing deck', 'Dropped');
    await item(page, 'Book three discovery calls').getByText('Carried 1×').waitFor();
    await item(page, 'Book three discovery calls').focus();
    await shoot(app, 'follow-up-panel');
    expect(app.pageErrors).toEqual([]);

    const afterMeeting2 = await app.call('followUps.panel', { meetingId: meeting2.id });
    expect(afterMeeting2.items.map((entry) => [entry.title, entry.check?.outcome, entry.dueDate])).toEqual([
      ['Send the Acme proposal', 'done', firstDue],
      ['Book three discovery calls', 'not_done', today],
      ['Share the pricing deck', 'dropped', firstDue],
    ]);

    /*
     * By hand, after meeting 2 (period: last 90 days). D = the rep's items due in the period and
     * not after today, dropped ones left out: the proposal (due today − 10, done) and the calls
     * (due moved to today, open). The pricing deck is the manager's.
     *   follow-through = done / |D| = 1 / 2 = 50 %
     *   coverage = (done or checked at least once) / |D| = 2 / 2 = 100 % (the calls were checked)
     */
    await page.getByRole('link', { name: 'Team' }).click();
    const row = page.getByRole('row', { name: 'Maya Chen' });
    await row.waitFor();
    await expect.poll(() => row.locator('td').nth(6).innerText()).toContain('50 %');
    expect(await row.locator('td').nth(7).innerText()).toContain('100 %');

    // Meeting 3: only the not-done item is back, carried once; it is done now.
    await page.goto(`http://coachbook.test/index.html#/meetings/${meeting3.id}/follow-ups`);
    await list.waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await item(page, 'Book three discovery calls').getByText('Carried 1×').waitFor();
    await press(page, 'Book three discovery calls', 'd');
    await expectRecorded(page, 'Book three discovery calls', 'Done');

    /*
     * By hand, after meeting 3. D is still the proposal and the calls; both are done.
     *   follow-through = 2 / 2 = 100 %; coverage = 2 / 2 = 100 %
     *   on time = done on or before the due date / |D|: the proposal was done at meeting 2
     *   (today − 7, after its due date today − 10), the calls today (= due) → 1 / 2 = 50 %
     *   The manager's only item was dropped, so the manager's D is empty: —, never 0 %.
     */
    await page.getByRole('link', { name: 'Team' }).click();
    await expect.poll(() => row.locator('td').nth(6).innerText()).toContain('100 %');
    expect(await row.locator('td').nth(7).innerText()).toContain('100 %');

    await row.focus();
    await page.keyboard.press('Enter');
    const section = page.getByRole('region', { name: 'Accountability' });
    await section.getByText(/Figures over the last 90 days/).waitFor();
    const figure = (name: string, index = 0) => section.getByRole('group', { name, exact: true }).nth(index);
    expect(await figure('Follow-through').innerText()).toContain('100 %');
    expect(await figure('Coverage').innerText()).toContain('100 %');
    expect(await figure('On time').innerText()).toContain('50 %');
    expect(await figure('Follow-through', 1).innerText()).toContain('—');
    await section.getByRole('button', { name: 'Show check history of Book three discovery calls' }).click();
    const history = section.getByRole('list', { name: 'Check history of Book three discovery calls' });
    expect(await history.getByRole('listitem').count()).toBe(2);
    await shoot(app, 'rep-accountability', { height: 1700 });
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a seeded team ranked by who needs attention, with today at the top', async () => {
    const dataDir = await makeDataDir();
    dataDirs.push(dataDir);
    app = await launchApp({ dataDir, viewport: { width: 1440, height: 1000 } });
    const { core, page } = app;
    if (!core.services || !core.dataSource) throw new Error('the core did not open its database');
    await seedDemoData(core.dataSource, core.services, { reps: 12, years: 1, seed: 4, today: new Date() });
    await page.reload();

    const table = page.getByRole('table', { name: 'Team' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(13);
    await page.getByRole('region', { name: 'Today', exact: true }).waitFor();
    await shoot(app, 'team-view');

    // Sorting by follow-through puts the lowest first.
    await table.getByRole('button', { name: 'Follow-through' }).click();
    const header = table.getByRole('columnheader', { name: 'Follow-through' });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await chooseSegment(page, page.getByRole('region', { name: 'Team overview' }), '365 days');
    await page.getByText(/over the last 365 days/).waitFor();
    expect(app.pageErrors).toEqual([]);
  });
});
