import { mkdir, rm } from 'node:fs/promises';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, calendarDayOf } from '@shared/accountability/calendar-days';
import { goalPacing } from '@shared/accountability/goal-pacing';
import { coachingFocus } from '@shared/skills/coaching-focus';
import { seedDemoData } from '../../src/main/demo/seed-demo-data';
import { FOCUS_WINDOW_DAYS } from '../../src/main/services/skill-ratings';
import { launchApp, makeDataDir, SCREENSHOT_DIR, type LaunchedApp } from './app';

/*
 * The rep-history scenarios on a seeded data folder, tried as a new user would: read a rep's brief and
 * check it against what the database says (worked out here with the shared pure rules), find a
 * two-year-old private note with Ctrl+K, and import a CSV with one bad row.
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

/** A calendar day as the app shows it in the rig's en-US locale: "Nov 27, 2026". */
const mediumDay = (day: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

const PACE_LABELS = { achieved: 'Achieved', on_track: 'On track', at_risk: 'At risk', off_track: 'Off track' } as const;

async function seeded(): Promise<LaunchedApp> {
  const dataDir = await makeDataDir();
  dataDirs.push(dataDir);
  const launched = await launchApp({ dataDir, viewport: { width: 1440, height: 1000 } });
  const { core, page } = launched;
  if (!core.services || !core.dataSource) throw new Error('the core did not open its database');
  await seedDemoData(core.dataSource, core.services, { reps: 3, years: 3, seed: 7, today: new Date() });
  await page.reload();
  await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
  return launched;
}

/** The hash router's routes; a same-document navigation, as a link click makes. */
async function go(target: LaunchedApp, path: string): Promise<void> {
  await target.page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${path}`);
}

interface Row {
  [column: string]: string | number | null;
}

describe('reviewing rep history, end to end', () => {
  it('shows a brief with exactly the open items, goal pacing and focus skill the database holds', async () => {
    app = await seeded();
    const { page, core } = app;
    const db = core.dataSource;
    if (!db) throw new Error('no database');
    const today = calendarDayOf(new Date());
    // The demo's quarterly goals may all have ended; a goal created as a manager would makes sure
    // pacing has something to show.
    const repId = 1;
    const goal = await app.call('goals.create', {
      repId,
      kind: 'metric',
      title: 'Meetings booked this term',
      metric: 'Meetings booked',
      unit: 'count',
      startValue: 0,
      targetValue: 40,
      startDate: addDays(today, -30),
      endDate: addDays(today, 30),
    });
    await app.call('goals.addCheckIn', {
      goalId: goal.id,
      date: addDays(today, -15),
      value: 9,
      note: 'Mid-month count',
    });
    await app.call('goals.addCheckIn', { goalId: goal.id, date: addDays(today, -2), value: 17, note: null });

    const openItems = (await db.query("SELECT title FROM action_items WHERE rep_id = ? AND status = 'open'", [
      repId,
    ])) as Row[];
    const goals = (await db.query(
      `SELECT g.id, g.title, g.start_value, g.target_value, g.start_date, g.end_date,
         (SELECT value FROM goal_check_ins c WHERE c.goal_id = g.id ORDER BY c.date DESC, c.id DESC LIMIT 1) AS latest
       FROM goals g WHERE g.rep_id = ? AND g.status = 'active' AND g.kind = 'metric'`,
      [repId],
    )) as Row[];
    const since = new Date(`${addDays(today, -FOCUS_WINDOW_DAYS)}T00:00:00`).toISOString();
    const ratings = (await db.query(
      `SELECT k.id AS skill_id, k.name, s.rating FROM skill_ratings s JOIN meetings m ON m.id = s.meeting_id
       JOIN skills k ON k.id = s.skill_id
       WHERE s.rep_id = ? AND m.scheduled_at >= ? AND k.retired_at IS NULL ORDER BY m.scheduled_at, s.id`,
      [repId, since],
    )) as Row[];
    const bySkill = new Map<number, { skillId: number; name: string; ratings: number[] }>();
    for (const row of ratings) {
      const id = Number(row.skill_id);
      const entry = bySkill.get(id) ?? { skillId: id, name: String(row.name), ratings: [] };
      entry.ratings.push(Number(row.rating));
      bySkill.set(id, entry);
    }
    const focus = coachingFocus([...bySkill.values()]);

    await go(app, `/reps/${repId}`);
    const brief = page.getByRole('region', { name: 'Pre-meeting brief' });
    await brief.getByRole('region', { name: /Open commitments/ }).waitFor();
    const openList = brief.getByRole('list', { name: 'Open commitments' });
    expect(openItems.length).toBeGreaterThan(0);
    expect(await openList.getByRole('listitem').count()).toBe(openItems.length);
    for (const item of openItems) await openList.getByText(String(item.title), { exact: true }).first().waitFor();

    const goalList = brief.getByRole('list', { name: 'Goals' });
    expect(goals.length).toBeGreaterThan(0);
    for (const goal of goals) {
      const pacing = goalPacing({
        start: Number(goal.start_value),
        target: Number(goal.target_value),
        latest: goal.latest === null ? null : Number(goal.latest),
        startDate: String(goal.start_date),
        endDate: String(goal.end_date),
        today,
      });
      const row = goalList
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: String(goal.title), exact: true }) });
      await row.getByText(PACE_LABELS[pacing.pace], { exact: true }).waitFor();
    }
    const focusList = brief.getByRole('list', { name: 'Coaching focus' });
    expect(focus.length).toBeGreaterThan(0);
    const shownFocus = await focusList.getByRole('link').allTextContents();
    expect(shownFocus).toEqual(focus.map((skill) => skill.name));

    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('history-brief-light');

    // A goal's chart against the straight line to target.
    await goalList.getByRole('link', { name: goal.title, exact: true }).click();
    await page.getByRole('region', { name: 'Progress against the line to target' }).waitFor();
    await page.locator('.recharts-line').first().waitFor();
    await app.screenshot('history-goal-chart-light');

    // The chart's tooltip names the check-in's day as the manager reads dates, not a timestamp.
    const chart = page.getByRole('region', { name: 'Progress against the line to target' });
    await chart.locator('.recharts-line-dots').first().locator('circle').last().hover();
    const tooltip = chart.locator('.recharts-tooltip-wrapper');
    await tooltip.getByText(mediumDay(addDays(today, -2)), { exact: true }).waitFor();
    expect(await tooltip.textContent()).not.toMatch(/\d{10}/);
    await app.screenshot('history-goal-chart-tooltip-light');

    // 17 was typed for 21: corrected from the goal page, and the page and the database read 21.
    const checkIns = page.getByRole('table', { name: 'Check-ins', exact: true });
    const row = (value: string) =>
      checkIns.getByRole('row').filter({ has: page.getByRole('cell', { name: value, exact: true }) });
    await row('17')
      .getByRole('button', { name: `Edit the check-in of ${mediumDay(addDays(today, -2))}` })
      .click();
    const editForm = page.getByRole('dialog', { name: 'Edit check-in' });
    const valueInput = editForm.getByRole('textbox', { name: 'Value' });
    expect(await valueInput.inputValue()).toBe('17');
    await valueInput.fill('21');
    await app.screenshot('history-goal-check-in-edit-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('history-goal-check-in-edit-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await editForm.getByRole('button', { name: 'Save check-in' }).click();
    await editForm.waitFor({ state: 'detached' });
    await row('21').waitFor();
    expect(await row('17').count()).toBe(0);
    await page.getByText(/^21 of 40/).waitFor();
    await app.screenshot('history-goal-check-in-edited-light');
    const stored = (await db.query('SELECT date, value FROM goal_check_ins WHERE goal_id = ? ORDER BY date', [
      goal.id,
    ])) as Row[];
    expect(stored).toEqual([
      { date: addDays(today, -15), value: 9 },
      { date: addDays(today, -2), value: 21 },
    ]);

    // The timeline: virtualised, a drawer opens an entry.
    await go(app, `/reps/${repId}/history`);
    const list = page.getByRole('list', { name: 'History entries' });
    await list.waitFor();
    const rendered = await list.getByRole('listitem').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    await app.screenshot('history-timeline-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('history-timeline-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await list.getByRole('button').first().click();
    await page.getByRole('dialog').waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('finds a phrase from a private note two years old, marks it private and opens that meeting', async () => {
    app = await seeded();
    const { page, core } = app;
    const db = core.dataSource;
    if (!db) throw new Error('no database');
    const twoYearsAgo = new Date(Date.now() - 730 * 86_400_000).toISOString();
    const [meeting] = (await db.query(
      "SELECT id, notes_revision FROM meetings WHERE status = 'held' AND scheduled_at <= ? ORDER BY scheduled_at DESC LIMIT 1",
      [twoYearsAgo],
    )) as Row[];
    const meetingId = Number(meeting?.id);
    await app.call('meetings.saveNotes', {
      id: meetingId,
      baseRevision: Number(meeting?.notes_revision),
      private: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Worried about the zeppelin territory handover (AND "quotes") -maybe*' }],
          },
        ],
      },
    });

    await page.keyboard.press('Control+K');
    const search = page.getByRole('textbox', { name: 'Search text' });
    await search.waitFor();
    await search.fill('zeppelin territory (AND "');
    const results = page.getByRole('button').filter({ hasText: 'Private' });
    await results.first().waitFor();
    expect(await page.getByText(/zeppelin/).count()).toBeGreaterThan(0);
    await app.screenshot('history-search-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await app.screenshot('history-search-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/meetings/${meetingId}$`));
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // The one-on-one's side panel: skill ratings and the compact brief beside the notes.
    await page.getByRole('region', { name: 'Pre-meeting brief' }).getByText('Last one-on-one:').waitFor();
    await page.getByRole('region', { name: 'Skill ratings' }).scrollIntoViewIfNeeded();
    await app.screenshot('history-meeting-side-panel-light');
    expect(app.pageErrors).toEqual([]);
  });

  it('imports nothing from a CSV with one bad row and names its line', async () => {
    app = await seeded();
    const { page, core } = app;
    const db = core.dataSource;
    if (!db) throw new Error('no database');
    const [rep] = (await db.query('SELECT id, email FROM reps WHERE email IS NOT NULL ORDER BY id LIMIT 1')) as Row[];
    const today = calendarDayOf(new Date());
    const created = await app.call('goals.create', {
      repId: Number(rep?.id),
      kind: 'metric',
      title: 'Calls made this term',
      metric: 'Calls made',
      unit: 'count',
      startValue: 0,
      targetValue: 200,
      startDate: addDays(today, -30),
      endDate: addDays(today, 30),
    });
    const goal = { title: created.title, start_date: created.startDate, rep_id: created.repId, email: rep?.email };
    const count = async () => Number(((await db.query('SELECT COUNT(*) AS n FROM goal_check_ins')) as Row[])[0]?.n);
    const before = await count();
    const csv = [
      'rep email,goal title,date,value',
      `${goal?.email},${goal?.title},${goal?.start_date},5`,
      `${goal?.email},${goal?.title},31/02/2026,6`,
    ].join('\n');

    await go(app, `/reps/${goal?.rep_id}`);
    await page.getByRole('button', { name: 'Import check-ins from CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import check-ins from CSV' });
    await dialog
      .locator('input[type="file"]')
      .setInputFiles({ name: 'checkins.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const problems = dialog.getByRole('list', { name: 'Problems by line' });
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/Line 3/);
    expect(await dialog.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await expect(app.call('goals.importCheckIns', { csv })).rejects.toThrow(/3/);
    expect(await count()).toBe(before);
    expect(app.pageErrors).toEqual([]);
  });
});
