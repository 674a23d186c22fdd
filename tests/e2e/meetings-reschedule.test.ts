import { expect, it } from 'vitest';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';
import { addFirstRepAndOpen, scheduleSuggested, sharedEditor, typeLines, waitUntilSaved } from './meeting-steps';

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

const REP = 'Gus Almeida';
const POINTS = ['Ask about the Initech renewal', 'Praise the demo last Tuesday'];

it('a rescheduled one-on-one keeps its queued talking points and its notes', async () => {
  app = await launchApp({ dataDir: dataDir() });
  const { page } = app;
  await addFirstRepAndOpen(page, REP);

  // "Add to next one-on-one" from the rep page, before anything is scheduled.
  const input = page.getByRole('textbox', { name: `Add to next one-on-one with ${REP}` });
  for (const point of POINTS) {
    await input.fill(point);
    await input.press('Enter');
    await page.getByRole('list', { name: 'Queued talking points' }).getByText(point, { exact: true }).waitFor();
  }

  await scheduleSuggested(page, REP);
  const talkingPoints = page.getByRole('region', { name: 'Talking points' });
  for (const point of POINTS) await talkingPoints.getByText(point, { exact: true }).waitFor();
  await sharedEditor(page).click();
  await typeLines(page, ['Notes written before the move.']);
  await waitUntilSaved(page);
  const before = await app.call('meetings.upcoming', {});
  expect(before).toHaveLength(1);

  await page.getByRole('button', { name: 'Reschedule' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reschedule one-on-one' });
  await dialog.getByText('Agenda, notes and talking points stay with the meeting.').waitFor();
  await dialog.getByRole('button', { name: 'New date and time' }).click();
  const target = before[0]?.scheduledAt.slice(8, 10) === '28' ? '27 ' : '28 ';
  await page.locator(`button[aria-label^="${target}"]:not([data-outside])`).first().click();
  await page.getByRole('button', { name: 'Use this date and time' }).click();
  await dialog.getByRole('button', { name: 'Reschedule' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);

  const after = await app.call('meetings.upcoming', {});
  expect(after).toHaveLength(1);
  expect(after[0]?.id).toBe(before[0]?.id);
  expect(after[0]?.scheduledAt).not.toBe(before[0]?.scheduledAt);

  // Reopen after a restart: the points and the notes are still with the meeting.
  app = await app.restart();
  const workspace = await app.call('meetings.open', { id: after[0]?.id ?? 0 });
  expect(workspace.talkingPoints.map((point) => point.text)).toEqual(POINTS);
  expect(JSON.stringify(workspace.sharedNotes)).toContain('Notes written before the move.');
  await app.page.getByRole('link', { name: 'One-on-ones', exact: true }).click();
  await app.page.getByRole('button', { name: new RegExp(`^Open the one-on-one with ${REP}`) }).click();
  for (const point of POINTS)
    await app.page.getByRole('region', { name: 'Talking points' }).getByText(point, { exact: true }).waitFor();
  await sharedEditor(app.page).getByText('Notes written before the move.').waitFor();
  expect(app.pageErrors).toEqual([]);
});
