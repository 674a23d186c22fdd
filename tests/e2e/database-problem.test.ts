import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchApp, makeDataDir, SCREENSHOT_DIR, type LaunchedApp } from './app';

let app: LaunchedApp | undefined;
let dataDir: string;
afterAll(async () => {
  await app?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('a damaged database file', () => {
  it('is refused with a screen that explains it and offers the choices, and is left unchanged', async () => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    dataDir = await makeDataDir();
    const file = join(dataDir, 'coachbook.sqlite');
    // A valid SQLite header followed by garbage: looks like our file, but is damaged.
    const bytes = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 0xab)]);
    await writeFile(file, bytes);

    app = await launchApp({ dataDir });
    const { page } = app;
    await page.getByRole('heading', { name: 'Coachbook could not open your data' }).waitFor();
    await page.getByText('This file was not changed').waitFor();
    // Restoring a backup from this screen: database-problem-restore.test.ts.
    expect(await page.getByRole('button', { name: 'Restore a backup' }).isEnabled()).toBe(true);
    await app.screenshot('database-problem');

    await page.getByRole('button', { name: 'Open another file…' }).click();
    await page.getByRole('button', { name: 'Quit' }).click();
    await expect.poll(() => app?.shellCalls).toEqual(['openAnotherDatabase', 'quit']);

    // Other operations are unavailable, not half-working.
    const result = await app.core.registry.dispatch('reps.list', {});
    expect(result.ok ? 'ok' : result.error.code).toBe('unavailable');
    await app.close();
    app = undefined;
    expect(Buffer.compare(await readFile(file), bytes)).toBe(0);
  });
});
