import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, setHours, startOfHour } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

const noonIn = (days: number) => startOfHour(setHours(addDays(new Date(), days), 12)).toISOString();

function bridgeWithMeetings() {
  const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }] });
  bridge.data.addMeeting({ repId: 1, scheduledAt: noonIn(0) });
  bridge.data.addMeeting({ repId: 2, scheduledAt: noonIn(1) });
  bridge.data.addMeeting({ repId: 1, scheduledAt: noonIn(3) });
  return bridge;
}

describe('upcoming one-on-ones', () => {
  test('groups meetings by day: Today, Tomorrow, then the weekday and date', async () => {
    renderApp('/meetings', bridgeWithMeetings());
    expect(await screen.findByRole('heading', { level: 2, name: 'Today' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Tomorrow' })).toBeTruthy();
    const later = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' }).format(
      new Date(noonIn(3)),
    );
    expect(screen.getByRole('heading', { level: 2, name: later })).toBeTruthy();
    const today = screen.getByRole('region', { name: 'Today' });
    expect(within(today).getByText('Ana Silva')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Tomorrow' })).getByText('Ben Okafor')).toBeTruthy();
  });

  test('a row opens its meeting', async () => {
    const u = userEvent.setup();
    renderApp('/meetings', bridgeWithMeetings());
    await u.click(await screen.findByRole('button', { name: /^Open the one-on-one with Ben Okafor/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/meetings/101'));
  });

  test('"Add to next one-on-one" from a row queues a talking point for that rep', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/meetings', bridgeWithMeetings());
    await u.click(await screen.findByRole('button', { name: 'Add to next one-on-one with Ben Okafor' }));
    await u.type(
      await screen.findByRole('textbox', { name: 'Add to next one-on-one with Ben Okafor' }),
      'Ask about Q3{Enter}',
    );
    await waitFor(() => expect(bridge.callsOf('talkingPoints.queue')).toEqual([{ repId: 2, text: 'Ask about Q3' }]));
    expect(await screen.findByText('Added to the next one-on-one')).toBeTruthy();
  });

  test('with nothing scheduled, says how to schedule', async () => {
    renderApp('/meetings', { reps: [{ name: 'Ana Silva' }] });
    expect(await screen.findByRole('heading', { name: 'No one-on-ones scheduled' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to your reps' })).toBeTruthy();
  });

  test('the navigation has One-on-ones and Action items', async () => {
    renderApp('/meetings', { reps: [] });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'One-on-ones' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Action items' })).toBeTruthy();
  });
});
