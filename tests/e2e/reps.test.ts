import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dataDirPerFile } from './data-dir-per-file';
import { launchApp, type LaunchedApp } from './app';

let app: LaunchedApp;
const dataDir = dataDirPerFile(() => app);

async function addRep(page: Page, fields: { name: string; email?: string; team?: string; cadence?: string }) {
  const dialog = page.getByRole('dialog', { name: 'New rep' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(fields.name);
  if (fields.email) await dialog.getByRole('textbox', { name: 'Email' }).fill(fields.email);
  if (fields.team) await dialog.getByRole('combobox', { name: 'Team' }).fill(fields.team);
  if (fields.cadence) {
    await dialog.getByRole('combobox', { name: 'One-on-one cadence' }).click();
    await page.getByRole('option', { name: fields.cadence, exact: true }).click();
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

/** Mantine's SegmentedControl hides its radio inputs; a user clicks the label. */
async function chooseSegment(page: Page, name: string) {
  const id = await page.getByRole('radio', { name, exact: true }).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

const repNames = (page: Page) => page.getByRole('table', { name: 'Reps' }).getByRole('link').allTextContents();

describe('reps, tried as a new user would', () => {
  it('creates three reps, edits one, archives one, and finds the same list after a restart', async () => {
    app = await launchApp({ dataDir: dataDir() });
    const { page } = app;
    await page.getByRole('link', { name: 'Reps' }).click();
    // Not the team view's button of the same name, still on screen while the reps page loads.
    await page.getByRole('heading', { name: 'Bring your team into Coachbook' }).waitFor();
    await app.screenshot('reps-empty');

    await page.getByRole('button', { name: 'Add your first rep' }).click();
    // A bad email is caught next to the field, and nothing is saved.
    const dialog = page.getByRole('dialog', { name: 'New rep' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Ana Ruiz');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('ana@');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText(/valid address/).waitFor();
    await app.screenshot('rep-form-validation');
    await dialog.getByRole('textbox', { name: 'Email' }).fill('ana@example.com');
    await dialog.getByRole('combobox', { name: 'Team' }).fill('Enterprise');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Add rep' }).click();
    await addRep(page, { name: 'Ben Okafor', team: 'SMB', cadence: 'Every two weeks' });
    await page.getByRole('button', { name: 'Add rep' }).click();
    await addRep(page, { name: 'Chloe Lindqvist', email: 'chloe@example.com', team: 'Enterprise', cadence: 'Monthly' });
    await expect.poll(() => repNames(page)).toEqual(['Ana Ruiz', 'Ben Okafor', 'Chloe Lindqvist']);

    // Edit Ben: new name and title.
    await page.getByRole('button', { name: 'Actions for Ben Okafor' }).click();
    await page.getByRole('menuitem', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit rep' });
    await edit.getByRole('textbox', { name: 'Name' }).fill('Ben Okafor-Hale');
    await edit.getByRole('textbox', { name: 'Title' }).fill('Senior Account Executive');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => repNames(page)).toEqual(['Ana Ruiz', 'Ben Okafor-Hale', 'Chloe Lindqvist']);

    // Archive Chloe: gone from Active, present under Archived.
    await page.getByRole('button', { name: 'Actions for Chloe Lindqvist' }).click();
    await page.getByRole('menuitem', { name: 'Archive' }).click();
    await expect.poll(() => repNames(page)).toEqual(['Ana Ruiz', 'Ben Okafor-Hale']);
    await app.screenshot('reps');

    app = await app.restart();
    await app.page.getByRole('link', { name: 'Reps' }).click();
    await expect.poll(() => repNames(app.page)).toEqual(['Ana Ruiz', 'Ben Okafor-Hale']);
    await chooseSegment(app.page, 'Archived');
    await expect.poll(() => repNames(app.page)).toEqual(['Chloe Lindqvist']);

    // What reached the database is what the screen shows.
    const stored = await app.call('reps.list', { status: 'all' });
    expect(stored.map((rep) => [rep.name, rep.status, rep.title])).toEqual([
      ['Ana Ruiz', 'active', null],
      ['Ben Okafor-Hale', 'active', 'Senior Account Executive'],
      ['Chloe Lindqvist', 'archived', null],
    ]);
    expect(app.pageErrors).toEqual([]);
  });

  it('filters by name and team, and opens a rep page from the list', async () => {
    const { page } = app;
    await chooseSegment(page, 'Active');
    await page.getByRole('textbox', { name: 'Search reps' }).fill('okafor');
    await expect.poll(() => repNames(page)).toEqual(['Ben Okafor-Hale']);
    await page.getByRole('textbox', { name: 'Search reps' }).fill('');
    await page.getByRole('combobox', { name: 'Filter by team' }).click();
    await page.getByRole('option', { name: 'Enterprise', exact: true }).click();
    await expect.poll(() => repNames(page)).toEqual(['Ana Ruiz']);

    await page.getByRole('link', { name: 'Ana Ruiz' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ana Ruiz' }).waitFor();
    await app.screenshot('rep-page');
  });

  it('shows every main screen in light and dark, keyboard-first', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Team' }).click();
    await page.waitForTimeout(200);
    await app.screenshot('team');
    await page.getByRole('link', { name: 'Search' }).click();
    await page.waitForTimeout(200);
    await app.screenshot('search');
    await page.getByRole('link', { name: 'Settings' }).click();
    await chooseSegment(page, 'Dark');
    await page.waitForTimeout(200);
    await app.screenshot('settings-dark');

    // The theme choice is remembered across a restart.
    app = await app.restart();
    // Keyboard: on a fresh window the first Tab lands on the skip link.
    await app.page.getByRole('link', { name: 'Reps' }).waitFor();
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Skip to content');
    await app.page.getByRole('link', { name: 'Reps' }).click();
    await expect
      .poll(() => app.page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme')))
      .toBe('dark');
    await app.page.getByRole('table', { name: 'Reps' }).waitFor();
    await app.screenshot('reps-dark');

    // "n" (outside a text field) opens the new-rep form.
    await app.page.locator('body').click({ position: { x: 700, y: 600 } });
    await app.page.keyboard.press('n');
    await app.page.getByRole('dialog', { name: 'New rep' }).waitFor();
    await app.screenshot('rep-form-dark');
    expect(app.pageErrors).toEqual([]);
  });
});
