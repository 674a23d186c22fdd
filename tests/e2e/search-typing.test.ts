import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/main/demo/seed-demo-data';
import { launchApp, type LaunchedApp } from './app';
import { dataDirPerFile } from './data-dir-per-file';

/*
 * Searches of several words, typed key by key as a manager types them, once
 * answered "Something went wrong" whenever the last word was the start of several index words.
 * Both places to search, on a seeded book, in the built renderer.
 */

let app: LaunchedApp | undefined;
const dataDir = dataDirPerFile(() => app);

async function seeded(): Promise<LaunchedApp> {
  const launched = await launchApp({ dataDir: dataDir(), viewport: { width: 1280, height: 900 } });
  const { core, page } = launched;
  if (!core.services || !core.dataSource) throw new Error('the core did not open its database');
  await seedDemoData(core.dataSource, core.services, { reps: 3, years: 1, seed: 7, today: new Date() });
  await page.reload();
  await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
  return launched;
}

describe('searching several words typed key by key', () => {
  it('shows results on the search page and in the Ctrl/Cmd+K pop-up', async () => {
    app = await seeded();
    const { page } = app;

    await page.evaluate(() => {
      window.location.hash = '#/search';
    });
    const pageField = page.getByRole('main').getByRole('textbox', { name: 'Search text' });
    await pageField.pressSequentially('pipeline review', { delay: 30 });
    await page.getByRole('heading', { name: /^One-on-one notes \(\d+\)$/ }).waitFor();
    await page.getByText('review', { exact: true }).first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.screenshot('search-page-two-words');

    for (const typed of ['next st', 'pricing de', 'the ne']) {
      await pageField.fill('');
      await pageField.pressSequentially(typed, { delay: 30 });
      await page
        .getByRole('heading', { name: /^(One-on-one notes|Action items) \(\d+\)$/ })
        .first()
        .waitFor();
      expect(await page.getByRole('alert').count(), typed).toBe(0);
    }

    // Ctrl/Cmd+K opens the pop-up from anywhere but a text field (where it adds a link).
    await pageField.blur();
    await page.keyboard.press('Control+K');
    const popUp = page.getByRole('dialog');
    const popUpField = popUp.getByRole('textbox', { name: 'Search text' });
    await popUpField.waitFor();
    await popUpField.pressSequentially('pricing de', { delay: 30 });
    const results = popUp.getByRole('button').filter({ hasText: /pricing/i });
    await results.first().waitFor();
    expect(await popUp.getByText('Something went wrong').count()).toBe(0);
    await app.screenshot('search-pop-up-two-words');
    expect(app.pageErrors).toEqual([]);
  }, 120_000);
});
