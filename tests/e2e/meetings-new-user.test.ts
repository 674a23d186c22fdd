import { describe, expect, it } from 'vitest';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';
import {
  addFirstRepAndOpen,
  chooseSegment,
  openChip,
  openWorkspaceFromUpcoming,
  scheduleSuggested,
  sharedEditor,
  typeLines,
  waitUntilSaved,
} from './meeting-steps';

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

const REP = 'Dana Reyes';
const TASKS = ['Send pricing to Acme', 'Book demo with Globex', 'Update CRM notes'] as const;

describe('the one-on-one workspace, tried as a new user would', () => {
  it('schedules a one-on-one, writes shared notes with three action items, and lists exactly those', async () => {
    app = await launchApp({ dataDir: dataDir() });
    const { page } = app;
    await addFirstRepAndOpen(page, REP);
    await scheduleSuggested(page, REP, () => app.screenshot('meeting-schedule-modal').then(() => undefined));

    await sharedEditor(page).click();
    await typeLines(page, [
      '# Pipeline',
      '- Acme renewal',
      'Globex expansion',
      '',
      `[ ] ${TASKS[0]}`,
      TASKS[1],
      TASKS[2],
    ]);
    await page.waitForTimeout(100);
    const editor = sharedEditor(page);
    expect(await editor.locator('h1').textContent()).toBe('Pipeline');
    expect(await editor.locator('ul:not([data-type]) > li').allTextContents()).toEqual([
      'Acme renewal',
      'Globex expansion',
    ]);
    await expect.poll(() => editor.locator('ul[data-type="taskList"] > li').count()).toBe(3);

    // Owner of the first: the manager, through the inline chip.
    let details = await openChip(page, TASKS[0]);
    await chooseSegment(details, page, 'You');
    await details.getByRole('button', { name: 'Done' }).click();

    // Due date of the second: the 28th of the month the chip's calendar opens on.
    details = await openChip(page, TASKS[1]);
    await details.locator('button[aria-label^="28 "]:not([data-outside])').first().click();
    await details.getByRole('button', { name: 'Done' }).click();

    // Tick the third.
    await editor.locator('ul[data-type="taskList"] li input').nth(2).check();
    await waitUntilSaved(page);
    const agreed = page.getByRole('list', { name: 'Action items agreed in this meeting' });
    await expect.poll(() => agreed.getByRole('listitem').count()).toBe(3);
    await app.screenshot('meeting-workspace-light');

    const stored = await app.call('actionItems.list', { status: 'all' });
    const byTitle = new Map(stored.map((item) => [item.title, item]));
    expect([...byTitle.keys()].sort()).toEqual([...TASKS].sort());
    expect(byTitle.get(TASKS[0])).toMatchObject({ owner: 'manager', status: 'open' });
    expect(byTitle.get(TASKS[1])).toMatchObject({ owner: 'rep', status: 'open' });
    expect(byTitle.get(TASKS[1])?.dueDate).toMatch(/-28$/);
    expect(byTitle.get(TASKS[2])).toMatchObject({ owner: 'rep', status: 'done' });

    await page.getByRole('link', { name: 'One-on-ones', exact: true }).click();
    await page.getByRole('button', { name: new RegExp(`^Open the one-on-one with ${REP}`) }).waitFor();
    await app.screenshot('meetings-upcoming-light');

    // The all-reps list shows the same three, with those owners, dates and statuses.
    await page.getByRole('link', { name: 'Action items' }).click();
    await chooseSegment(page, page, 'All');
    const table = page.getByRole('table', { name: 'Action items' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    for (const item of stored) {
      const row = table.locator(`tr[data-action-item-id="${item.id}"]`);
      expect(await row.getByRole('combobox', { name: `Owner of “${item.title}”` }).inputValue()).toBe(
        item.owner === 'manager' ? 'You' : 'Rep',
      );
      expect(await row.getByText(item.status === 'done' ? 'Done' : 'Open', { exact: true }).count()).toBe(1);
      const due = row.getByRole('button', { name: `Due date of “${item.title}”` });
      expect(await due.textContent()).toContain(item.dueDate ? String(Number(item.dueDate.slice(8))) : 'No due date');
    }
    await app.screenshot('action-items-list');
    expect(app.pageErrors).toEqual([]);
  });

  it('shows the upcoming view and the workspace in dark', async () => {
    app = await app.restart({ colorScheme: 'dark' });
    const { page } = app;
    await page.getByRole('link', { name: 'One-on-ones', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /.+/ }).first().waitFor();
    await app.screenshot('meetings-upcoming-dark');
    await openWorkspaceFromUpcoming(page, REP);
    await sharedEditor(page).locator('ul[data-type="taskList"] > li').nth(2).waitFor();
    await app.screenshot('meeting-workspace-dark');
    expect(app.pageErrors).toEqual([]);
  });
});
