import { expect, it } from 'vitest';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';
import {
  addFirstRepAndOpen,
  openWorkspaceFromUpcoming,
  scheduleSuggested,
  sharedEditor,
  typeLines,
} from './meeting-steps';

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

const REP = 'Eli Novak';
const LINES = [
  '# Quarter review',
  'Pipeline is thin in the mid-market; we agreed three things.',
  '[ ] Call the top five accounts',
  'Draft the territory plan',
  'Shadow one discovery call',
];

it('closing the app while typing, inside the autosave delay, loses no character and no action item', async () => {
  app = await launchApp({ dataDir: dataDir() });
  const { page } = app;
  await addFirstRepAndOpen(page, REP);
  await scheduleSuggested(page, REP);
  await sharedEditor(page).click();
  await typeLines(page, LINES);
  // The last keystrokes are well inside the 800 ms autosave delay: close now, as a manager
  // closing the window mid-sentence would. The rig asks the renderer to flush first, as the
  // Electron close guard does.
  await page.keyboard.type(' today', { delay: 5 });
  app = await app.restart();

  await openWorkspaceFromUpcoming(app.page, REP);
  const editor = sharedEditor(app.page);
  await editor.locator('ul[data-type="taskList"] > li').nth(2).waitFor();
  expect(await editor.locator('h1').textContent()).toBe('Quarter review');
  expect(await editor.locator('p').first().textContent()).toBe(LINES[1]);
  expect(await editor.locator('ul[data-type="taskList"] > li').count()).toBe(3);
  const taskTexts = await editor.locator('ul[data-type="taskList"] > li [data-node-view-content]').allTextContents();
  expect(taskTexts).toEqual([
    'Call the top five accounts',
    'Draft the territory plan',
    'Shadow one discovery call today',
  ]);

  const stored = await app.call('actionItems.list', { status: 'all' });
  expect(stored.map((item) => item.title).sort()).toEqual(
    ['Call the top five accounts', 'Draft the territory plan', 'Shadow one discovery call today'].sort(),
  );
  expect(app.pageErrors).toEqual([]);
});
