import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../render-app';

async function updatesSection() {
  const heading = await screen.findByRole('heading', { name: 'Updates' });
  const section = heading.closest('div');
  if (!section) throw new Error('no Updates section');
  return within(section);
}

describe('Settings → Updates', () => {
  test('is off at first: says no server is contacted and does not let a check run', async () => {
    const { bridge } = renderApp('/settings');
    const section = await updatesSection();
    const toggle = await section.findByRole('switch', { name: 'Check for updates when Coachbook starts' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(section.getByText(/while it is off, Coachbook contacts no server at all/)).toBeTruthy();
    expect(section.getByText('You have Coachbook 0.1.0.')).toBeTruthy();
    expect(section.getByRole('button', { name: 'Check now' })).toHaveProperty('disabled', true);
    expect(bridge.callsOf('updates.check')).toEqual([]);
  });

  test('once turned on, a check reports a newer version and installs it only on the click', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/settings');
    bridge.updates.nextCheck = { outcome: 'available', version: '0.2.0' };
    const section = await updatesSection();
    await u.click(await section.findByRole('switch', { name: 'Check for updates when Coachbook starts' }));
    await waitFor(() => expect(bridge.updates.status.checksEnabled).toBe(true));

    await u.click(section.getByRole('button', { name: 'Check now' }));
    expect(await section.findByText('Coachbook 0.2.0 is available')).toBeTruthy();
    expect(bridge.updates.installs).toBe(0);

    await u.click(section.getByRole('button', { name: 'Download and restart' }));
    await waitFor(() => expect(bridge.updates.installs).toBe(1));
  });

  test('says when the version running is the newest', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/settings');
    bridge.updates.status = { ...bridge.updates.status, checksEnabled: true };
    const section = await updatesSection();
    await u.click(await section.findByRole('button', { name: 'Check now' }));
    expect(await section.findByText(/You have the newest version/)).toBeTruthy();
  });

  test('explains why a copy run from source cannot check, with the switch disabled', async () => {
    const { bridge } = renderApp('/settings');
    bridge.updates.status = {
      ...bridge.updates.status,
      unavailableReason: 'Updates are checked by an installed Coachbook; this one runs from source.',
    };
    const section = await updatesSection();
    expect(await section.findByText(/this one runs from source/)).toBeTruthy();
    expect(section.getByRole('switch', { name: 'Check for updates when Coachbook starts' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
