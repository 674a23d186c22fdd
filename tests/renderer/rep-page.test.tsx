import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from './render-app';

describe('rep page', () => {
  test('clicking a rep in the list opens their page with profile, one-on-ones, action items, brief and goals', async () => {
    const u = userEvent.setup();
    renderApp('/reps', {
      reps: [
        {
          name: 'Ana Silva',
          email: 'ana@example.com',
          title: 'Account Executive',
          team: 'East',
          territory: 'Nordics',
          startDate: '2025-03-02',
          cadence: 'biweekly',
        },
      ],
    });

    await u.click(await screen.findByText('Nordics'));

    expect(await screen.findByRole('heading', { level: 1, name: /Ana Silva/ })).toBeTruthy();
    expect(window.location.hash).toBe('#/reps/1');
    expect(screen.getByText('Account Executive · East · Nordics')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ana@example.com' })).toBeTruthy();
    expect(screen.getByText('Every two weeks')).toBeTruthy();
    expect(
      screen.getByText(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2025, 2, 2))),
    ).toBeTruthy();
    const meetings = screen.getByRole('region', { name: 'One-on-ones' });
    expect(await within(meetings).findByText(/Nothing scheduled/)).toBeTruthy();
    expect(within(meetings).getByRole('button', { name: 'Schedule one-on-one' })).toBeTruthy();
    expect(
      await within(screen.getByRole('region', { name: 'Action items' })).findByText('No action items here'),
    ).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Goals' })).getByText(/No active goals/)).toBeTruthy();
  });

  test('archive and unarchive from the rep page', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', { reps: [{ name: 'Ana Silva' }] });

    await u.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Unarchive' })).toBeTruthy();
    expect(bridge.reps[0]?.status).toBe('archived');
    expect(screen.getByText('Ana Silva archived')).toBeTruthy();

    await u.click(screen.getByRole('button', { name: 'Unarchive' }));
    expect(await screen.findByRole('button', { name: 'Archive' })).toBeTruthy();
    expect(bridge.reps[0]?.status).toBe('active');
  });

  test('a failed archive explains itself in a notification and changes nothing', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', { reps: [{ name: 'Ana Silva' }] });
    bridge.failNext('reps.archive', {
      code: 'conflict',
      message: 'Ana Silva was changed in another window. Reload and try again.',
    });

    await u.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(await screen.findByText('Could not archive the rep')).toBeTruthy();
    expect(screen.getByText('Ana Silva was changed in another window. Reload and try again.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Archive' })).toBeTruthy();
    expect(bridge.reps[0]?.status).toBe('active');
  });

  test('Edit opens the form with the rep and saves', async () => {
    const u = userEvent.setup();
    renderApp('/reps/1', { reps: [{ name: 'Ana Silva' }] });

    await u.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit rep' });
    await u.type(within(dialog).getByRole('textbox', { name: 'Territory' }), 'Benelux');
    await u.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit rep' })).toBeNull());
    expect(await screen.findAllByText('Benelux')).not.toHaveLength(0);
  });

  test('an unknown rep says so and leads back to the list', async () => {
    renderApp('/reps/42');
    expect(await screen.findByRole('heading', { name: 'This rep does not exist' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to rep list' })).toBeTruthy();
  });
});
