import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/*
 * Steps a manager takes in the one-on-one screens, shared by the meeting scenarios. Each reads
 * like what the person does; selectors are accessible names, as a screen reader would find them.
 */

/** Mantine's SegmentedControl hides its radio inputs; a user clicks the label. */
export async function chooseSegment(scope: Page | Locator, page: Page, name: string): Promise<void> {
  const id = await scope.getByRole('radio', { name, exact: true }).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

/** From an empty book: adds a rep through the first-run button and opens their page. */
export async function addFirstRepAndOpen(page: Page, name: string): Promise<void> {
  await page.getByRole('link', { name: 'Reps' }).click();
  // The team view has an "Add your first rep" button too, and stays on screen while the reps
  // page's code loads: wait for the reps page, or the click can land on the page being left.
  await page.getByRole('heading', { name: 'Bring your team into Coachbook' }).waitFor();
  await page.getByRole('button', { name: 'Add your first rep' }).click();
  const dialog = page.getByRole('dialog', { name: 'New rep' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** On a rep's page: Schedule one-on-one, accept the suggested slot, land in the workspace. */
export async function scheduleSuggested(page: Page, repName: string, onModal?: () => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Schedule one-on-one' }).click();
  const dialog = page.getByRole('dialog', { name: `Schedule a one-on-one with ${repName}` });
  // The suggested slot fills the picker once it arrives.
  await expect.poll(() => dialog.getByRole('button', { name: 'Date and time' }).textContent()).toMatch(/\d{4}/);
  await onModal?.();
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await page.getByRole('heading', { level: 1, name: `One-on-one with ${repName}` }).waitFor();
}

export const sharedEditor = (page: Page): Locator => page.getByRole('textbox', { name: 'Shared notes', exact: true });
export const privateEditor = (page: Page): Locator => page.getByRole('textbox', { name: 'Private notes', exact: true });
export const saveState = (page: Page): Locator => page.locator('[data-save-state]');

/** Types like a person, with the short pauses TipTap's input rules and keymaps need. */
export async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) {
      await page.keyboard.press('Enter');
      await page.waitForTimeout(60);
    }
    // An empty line is a second Enter: it ends a list.
    if (line) await page.keyboard.type(line, { delay: 8 });
  }
}

export async function waitUntilSaved(page: Page): Promise<void> {
  await expect.poll(() => saveState(page).getAttribute('data-save-state'), { timeout: 10_000 }).toBe('saved');
}

export async function openWorkspaceFromUpcoming(page: Page, repName: string): Promise<void> {
  await page.getByRole('link', { name: 'One-on-ones', exact: true }).click();
  await page
    .getByRole('button', { name: new RegExp(`^Open the one-on-one with ${repName}`) })
    .first()
    .click();
  await page.getByRole('heading', { level: 1, name: `One-on-one with ${repName}` }).waitFor();
}

/**
 * Opens the owner/due-date chip of a task item and returns its popover. Mantine names a popover
 * after its target (its aria-labelledby wins over an aria-label), so it is found by its id.
 */
export async function openChip(page: Page, title: string): Promise<Locator> {
  const chip = page.getByRole('button', { name: new RegExp(`^Owner and due date of “${title}”`) });
  await chip.click();
  const id = await chip.getAttribute('id');
  const popover = page.locator(`[id="${id}-dropdown"]`);
  await popover.waitFor();
  return popover;
}
