import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { FakeBridge } from './fake-bridge';
import { renderApp } from './render-app';

const user = () => userEvent.setup();

/** The error text a field points to through aria-describedby, as a screen reader would read it. */
function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('reps list', () => {
  test('a new manager sees what to do first, adds a rep, and finds them in the list', async () => {
    const u = user();
    const { bridge } = renderApp('/reps');

    expect(await screen.findByRole('heading', { name: 'Bring your team into Coachbook' })).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Add your first rep' }));

    const dialog = await screen.findByRole('dialog', { name: 'New rep' });
    await u.type(within(dialog).getByRole('textbox', { name: 'Name' }), '  Ana Silva ');
    await u.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'ana@example.com');
    await u.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Account Executive');
    await u.click(within(dialog).getByRole('button', { name: 'Save' }));

    const table = await screen.findByRole('table', { name: 'Reps' });
    expect(within(table).getByRole('link', { name: 'Ana Silva' })).toBeTruthy();
    expect(within(table).getByText('Account Executive')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New rep' })).toBeNull());
    expect(bridge.callsOf('reps.create')).toEqual([
      expect.objectContaining({
        name: 'Ana Silva',
        email: 'ana@example.com',
        title: 'Account Executive',
        team: null,
        cadence: 'weekly',
      }),
    ]);
  });

  test('validation messages appear next to their fields and nothing is saved', async () => {
    const u = user();
    const { bridge } = renderApp('/reps');
    await u.click(await screen.findByRole('button', { name: 'Add rep' }));
    const dialog = await screen.findByRole('dialog', { name: 'New rep' });

    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await u.type(email, 'ana@');
    await u.click(within(dialog).getByRole('button', { name: 'Save' }));

    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(describedText(name)).toContain('Name is required'));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(email)).toContain('Email must be a valid address');
    expect(document.activeElement).toBe(name);
    expect(bridge.callsOf('reps.create')).toEqual([]);
  });

  test('a server error about the email shows under Email, and the form stays open', async () => {
    const u = user();
    const { bridge } = renderApp('/reps');
    bridge.failNext('reps.create', {
      code: 'invalid_input',
      message: 'Another rep already uses this email.',
      field: 'email',
    });

    await u.click(await screen.findByRole('button', { name: 'Add rep' }));
    const dialog = await screen.findByRole('dialog', { name: 'New rep' });
    await u.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Ana Silva');
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await u.type(email, 'ana@example.com');
    await u.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(describedText(email)).toContain('Another rep already uses this email.'));
    expect(screen.getByRole('dialog', { name: 'New rep' })).toBeTruthy();
    expect(bridge.reps).toHaveLength(0);
    // Said once, under the field, not again in a toast.
    expect(screen.queryByText('Could not add the rep')).toBeNull();
  });

  test('archiving moves a rep from Active to Archived', async () => {
    const u = user();
    renderApp('/reps', { reps: [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }] });

    await u.click(await screen.findByRole('button', { name: 'Actions for Ana Silva' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Archive' }));

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Ana Silva' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Ben Okafor' })).toBeTruthy();
    expect(await screen.findByText('Ana Silva archived')).toBeTruthy();

    await u.click(screen.getByRole('radio', { name: 'Archived' }));
    expect(await screen.findByRole('link', { name: 'Ana Silva' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Ben Okafor' })).toBeNull();
  });

  test('a search that matches nobody says so and offers to clear the filters', async () => {
    const u = user();
    renderApp('/reps', { reps: [{ name: 'Ana Silva' }] });
    await screen.findByRole('link', { name: 'Ana Silva' });

    await u.type(screen.getByRole('textbox', { name: 'Search reps' }), 'zed');
    expect(await screen.findByText('No active reps named “zed”.')).toBeTruthy();

    await u.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('link', { name: 'Ana Silva' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Search reps' }) as HTMLInputElement).value).toBe('');
  });

  test('pressing n opens New rep, but not while typing in a field', async () => {
    const u = user();
    renderApp('/reps', { reps: [{ name: 'Ana Silva' }] });
    const search = await screen.findByRole('textbox', { name: 'Search reps' });

    await u.type(search, 'n');
    expect(screen.queryByRole('dialog', { name: 'New rep' })).toBeNull();

    search.blur();
    await u.keyboard('n');
    expect(await screen.findByRole('dialog', { name: 'New rep' })).toBeTruthy();
  });

  test('n does nothing while a rep is being edited', async () => {
    const u = user();
    renderApp('/reps', { reps: [{ name: 'Ana Silva' }] });
    await u.click(await screen.findByRole('button', { name: 'Actions for Ana Silva' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit rep' });

    within(dialog).getByRole('button', { name: 'Save' }).focus();
    await u.keyboard('n');
    expect(screen.getByRole('dialog', { name: 'Edit rep' })).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'New rep' })).toBeNull();
  });

  test('editing a rep from the row menu saves the change', async () => {
    const u = user();
    const { bridge } = renderApp('/reps', { reps: [{ name: 'Ana Silva', team: 'East' }] });

    await u.click(await screen.findByRole('button', { name: 'Actions for Ana Silva' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit rep' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    expect(name.value).toBe('Ana Silva');

    await u.clear(name);
    await u.type(name, 'Ana Costa');
    await u.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('link', { name: 'Ana Costa' })).toBeTruthy();
    expect(bridge.callsOf('reps.update')).toEqual([
      expect.objectContaining({ id: 1, name: 'Ana Costa', team: 'East' }),
    ]);
  });

  test('a list that fails to load says why and can be retried', async () => {
    const u = user();
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
    bridge.failNext('reps.list', { code: 'internal', message: 'Something went wrong while loading. Try again.' });
    renderApp('/reps', bridge);

    const alert = await screen.findByRole('alert', { name: 'Could not load your reps' });
    expect(within(alert).getByText('Something went wrong while loading. Try again.')).toBeTruthy();
    await u.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Ana Silva' })).toBeTruthy();
  });
});
