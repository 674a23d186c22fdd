import { describe, expect, it } from 'vitest';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';
import { loadedScripts, totalKb } from './loaded-scripts';

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

const INITIAL_JS_BUDGET_KB = 900;

describe('the first screen loads only what it shows', () => {
  it('opens the team view with at most 900 KB of JavaScript, and fetches the editor when a one-on-one opens', async () => {
    app = await launchApp({ dataDir: dataDir() });
    const { page } = app;
    const rep = await app.call('reps.create', { name: 'Dana Whitfield', cadence: 'weekly' });
    const meeting = await app.call('meetings.schedule', {
      repId: rep.id,
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    await page.reload();
    await page.getByRole('link', { name: 'Dana Whitfield' }).first().waitFor();

    const initial = await loadedScripts(page);
    expect(totalKb(initial)).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
    // The rich-text editor is the largest part of the app and the team view does not need it.
    expect(initial.map((script) => script.file).filter((file) => file.includes('MeetingWorkspacePage'))).toEqual([]);

    await page.goto(`http://coachbook.test/index.html#/meetings/${meeting.id}`);
    const editor = page.getByRole('textbox', { name: 'Shared notes', exact: true });
    await editor.click();
    await page.keyboard.type('Loaded on demand');
    await page.getByText('Loaded on demand', { exact: true }).waitFor();
    const later = await loadedScripts(page);
    expect(later.some((script) => script.file.includes('MeetingWorkspacePage'))).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });
});
