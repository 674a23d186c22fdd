import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { until } from './boot-main';
import { meetingToWriteIn, saveNote, sharedNotesInFile } from './notes';
import { FakePage } from './page';
import { track } from './scenario';
import { startApp, type StartedApp } from './start-app';

/**
 * The page holds a sentence not yet saved (typed within the autosave's one-second wait) and
 * writes it when main asks for the flush, as the notes editor does.
 */
async function typeWithoutSaving(page: FakePage, text: string): Promise<number> {
  const meetingId = await meetingToWriteIn(page);
  page.onEveryLoad((bridge) => bridge.onFlushRequest(() => saveNote(page, meetingId, text, 0).then(() => undefined)));
  return meetingId;
}

const databaseOf = (app: StartedApp) => join(app.dataDir, 'coachbook.sqlite');

describe('closing the window', () => {
  it('flushes the notes, then quits and closes the database (Windows, Linux)', async () => {
    const app = track(await startApp({ platform: 'linux' }));
    const meetingId = await typeWithoutSaving(app.page, 'Dana commits to three discovery calls');
    app.window.close();
    await expect(app.exited()).resolves.toBe(0);

    const { recorder } = app.electron;
    expect(recorder.indexOf('window.close prevented')).toBeLessThan(recorder.indexOf('window.closed'));
    expect(recorder.argsOf('webContents.send').map(([channel]) => channel)).toEqual(['coachbook:flush-request']);
    expect(sharedNotesInFile(databaseOf(app), meetingId)).toContain('three discovery calls');
  });

  it('closes at once when the page holds nothing unsaved', async () => {
    const app = track(await startApp());
    app.window.close();
    // Nobody subscribed to the flush: the preload answers at once, so nothing waits out the limit.
    await expect(app.exited()).resolves.toBe(0);
    expect(app.electron.recorder.count('window.closed')).toBe(1);
  });

  it('closes after the time limit when the page never answers, and logs it', async () => {
    const app = track(await startApp());
    app.page.onEveryLoad((bridge) => bridge.onFlushRequest(() => new Promise<void>(() => {})));
    app.window.close();
    await expect(app.exited()).resolves.toBe(0);
    const log = readFileSync(join(app.dataDir, 'logs', 'coachbook.log'), 'utf8');
    expect(log).toContain('closing without confirmation that unsaved notes were written');
  });
});

describe('Cmd/Ctrl+Q', () => {
  it.each(['darwin', 'linux', 'win32'] as const)('flushes the notes before quitting on %s', async (platform) => {
    const app = track(await startApp({ platform }));
    const meetingId = await typeWithoutSaving(app.page, 'Follow up on the Acme renewal');
    // The Quit menu role and Cmd+Q call app.quit().
    app.electron.module.app.quit();
    await expect(app.exited()).resolves.toBe(0);
    expect(sharedNotesInFile(databaseOf(app), meetingId)).toContain('Acme renewal');
    expect(app.electron.recorder.count('window.closed')).toBe(1);
  });
});

describe('macOS', () => {
  it('keeps running when the window closes, and opens a new one on activate', async () => {
    const app = track(await startApp({ platform: 'darwin' }));
    const meetingId = await typeWithoutSaving(app.page, 'Pipeline review next week');
    app.window.close();
    await until('the window to close', () => app.electron.windows.length === 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(app.electron.state.exitCode).toBeNull();
    expect(sharedNotesInFile(databaseOf(app), meetingId)).toContain('Pipeline review');

    app.electron.module.app.emit('activate', {}, false);
    await until('a new window', () => app.electron.windows.length === 1 && app.electron.windows[0]?.visible === true);
    const [window] = app.electron.windows;
    if (!window) throw new Error('no window');
    expect(window).not.toBe(app.window);
    const page = new FakePage(window);
    expect(JSON.stringify(await page.call('meetings.open', { id: meetingId }))).toContain('Pipeline review');
  });

  it('opens a window on a second launch when none is open', async () => {
    const app = track(await startApp({ platform: 'darwin' }));
    app.window.close();
    await until('the window to close', () => app.electron.windows.length === 0);
    app.electron.module.app.emit('second-instance', {}, ['coachbook'], '/');
    await until('a new window', () => app.electron.windows.length === 1);
  });
});

describe('a renderer that crashes or hangs', () => {
  it('is reloaded with a message, and the page finds the notes as last saved', async () => {
    const app = track(await startApp());
    const meetingId = await meetingToWriteIn(app.page);
    await saveNote(app.page, meetingId, 'Saved a second before the crash', 0);
    const loadsBefore = app.page.loads;
    app.window.webContents.crash('crashed');

    expect(app.electron.recorder.count('webContents.reload')).toBe(1);
    expect(app.page.loads).toBe(loadsBefore + 1);
    const [message] = app.electron.recorder.argsOf('dialog.showMessageBox');
    expect(message?.[0]).toMatchObject({ message: expect.stringContaining('stopped working') });
    const workspace = await app.page.call('meetings.open', { id: meetingId });
    expect(JSON.stringify(workspace)).toContain('Saved a second before the crash');
  });

  it('offers to reload a window that stopped responding, and does when asked', async () => {
    const app = track(await startApp({ messageBoxResponse: 0 }));
    app.window.emit('unresponsive');
    await until('the reload', () => app.electron.recorder.count('webContents.reload') === 1);
    expect(app.electron.recorder.count('webContents.forcefullyCrashRenderer')).toBe(1);
  });

  it('keeps waiting when the manager says so', async () => {
    const app = track(await startApp({ messageBoxResponse: 1 }));
    app.window.emit('unresponsive');
    await until('the question', () => app.electron.recorder.count('dialog.showMessageBox') === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(app.electron.recorder.count('webContents.reload')).toBe(0);
  });
});
