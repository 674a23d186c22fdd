import { expect, it } from 'vitest';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';
import {
  addFirstRepAndOpen,
  chooseSegment,
  openWorkspaceFromUpcoming,
  privateEditor,
  scheduleSuggested,
  sharedEditor,
  typeLines,
  waitUntilSaved,
} from './meeting-steps';

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

const REP = 'Farah Idris';
const SECRET = 'Considering a performance plan';
const PRIVATE_TASK = 'Talk to HR before Friday';

it('private notes never show up in the shared notes or the action-item list', async () => {
  app = await launchApp({ dataDir: dataDir() });
  const { page } = app;
  await addFirstRepAndOpen(page, REP);
  await scheduleSuggested(page, REP);

  await sharedEditor(page).click();
  await typeLines(page, ['Good progress on discovery.', '[ ] Send the case study']);
  await page.getByRole('tab', { name: 'Private notes' }).click();
  await expect.poll(() => page.getByText('Private — only you see this').isVisible()).toBe(true);
  await privateEditor(page).click();
  await typeLines(page, [SECRET, `[ ] ${PRIVATE_TASK}`]);
  await waitUntilSaved(page);
  await app.screenshot('meeting-workspace-private');

  const assertPrivateStaysPrivate = async () => {
    const stored = await app.call('actionItems.list', { status: 'all' });
    expect(stored.map((item) => item.title)).toEqual(['Send the case study']);
    await app.page.getByRole('tab', { name: 'Shared notes' }).click();
    const shared = (await sharedEditor(app.page).textContent()) ?? '';
    expect(shared).toContain('Good progress on discovery.');
    expect(shared).not.toContain(SECRET);
    expect(shared).not.toContain(PRIVATE_TASK);
    const [meeting] = await app.call('meetings.upcoming', {});
    const workspace = await app.call('meetings.open', { id: meeting?.id ?? 0 });
    expect(JSON.stringify(workspace.sharedNotes)).not.toContain(SECRET);
    expect(JSON.stringify(workspace.privateNotes)).toContain(SECRET);
    expect(workspace.actionItems.map((item) => item.title)).toEqual(['Send the case study']);
  };
  await assertPrivateStaysPrivate();

  app = await app.restart();
  await openWorkspaceFromUpcoming(app.page, REP);
  await sharedEditor(app.page).getByText('Good progress on discovery.').waitFor();
  await assertPrivateStaysPrivate();
  await app.page.getByRole('tab', { name: 'Private notes' }).click();
  expect(await privateEditor(app.page).textContent()).toContain(SECRET);

  await app.page.getByRole('link', { name: 'Action items' }).click();
  await chooseSegment(app.page, app.page, 'All');
  const table = app.page.getByRole('table', { name: 'Action items' });
  await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
  expect(await table.textContent()).not.toContain(PRIVATE_TASK);
  expect(app.pageErrors).toEqual([]);
});
