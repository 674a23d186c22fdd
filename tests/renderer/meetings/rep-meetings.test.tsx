import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

function anaWithMeetings() {
  const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
  bridge.data.addMeeting({ repId: 1, scheduledAt: '2026-02-02T09:00:00.000Z' });
  bridge.data.addMeeting({ repId: 1, scheduledAt: '2026-01-05T09:00:00.000Z', status: 'held' });
  return bridge;
}

describe("a rep's one-on-ones", () => {
  test('lists upcoming, held and cancelled meetings in the manager’s locale', async () => {
    renderApp('/reps/1', anaWithMeetings());
    const section = await screen.findByRole('region', { name: 'One-on-ones' });
    const upcoming = await within(section).findByRole('table', { name: 'Upcoming one-on-ones' });
    expect(within(upcoming).getByRole('link', { name: dateTime('2026-02-02T09:00:00.000Z') })).toBeTruthy();

    await userEvent.setup().click(within(section).getByRole('radio', { name: 'Held' }));
    const held = await within(section).findByRole('table', { name: 'Held one-on-ones' });
    expect(within(held).getByRole('link', { name: dateTime('2026-01-05T09:00:00.000Z') })).toBeTruthy();
  });

  test('Schedule one-on-one starts from the suggested slot and stores the time as UTC', async () => {
    const u = userEvent.setup();
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
    bridge.data.suggestedSlot = '2026-03-10T14:30:00.000Z';
    renderApp('/reps/1', bridge);

    await u.click(await screen.findByRole('button', { name: 'Schedule one-on-one' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule a one-on-one with Ana Silva' });
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Schedule' }).hasAttribute('disabled')).toBe(false),
    );
    await u.click(within(dialog).getByRole('button', { name: 'Schedule' }));

    await waitFor(() =>
      expect(bridge.callsOf('meetings.schedule')).toEqual([
        { repId: 1, scheduledAt: '2026-03-10T14:30:00.000Z', durationMinutes: 30, templateId: null },
      ]),
    );
    // Lands in the new meeting's workspace.
    await waitFor(() => expect(window.location.hash).toBe('#/meetings/100'));
  });

  test('cancel asks first; Keep it changes nothing, Cancel one-on-one cancels', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', anaWithMeetings());
    const when = dateTime('2026-02-02T09:00:00.000Z');
    const menu = `Actions for the one-on-one with Ana Silva, ${when}`;

    await u.click(await screen.findByRole('button', { name: menu }));
    await u.click(await screen.findByRole('menuitem', { name: 'Cancel' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancel this one-on-one?' });
    await u.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(bridge.callsOf('meetings.setStatus')).toEqual([]);

    await u.click(screen.getByRole('button', { name: menu }));
    await u.click(await screen.findByRole('menuitem', { name: 'Cancel' }));
    await u.click(
      within(await screen.findByRole('dialog', { name: 'Cancel this one-on-one?' })).getByRole('button', {
        name: 'Cancel one-on-one',
      }),
    );
    await waitFor(() => expect(bridge.callsOf('meetings.setStatus')).toEqual([{ id: 100, status: 'cancelled' }]));
    expect(await screen.findByText('One-on-one cancelled')).toBeTruthy();
  });

  test('the cancel confirmation says what cancelling undoes and what it keeps', async () => {
    const u = userEvent.setup();
    const bridge = anaWithMeetings();
    bridge.data.cancellations.set(100, { followUps: 3, skillRatings: 1, talkingPointsDiscussed: 2, goalCheckIns: 1 });
    bridge.data.addActionItem({ repId: 1, meetingId: 100, title: 'Call Globex back' });
    renderApp('/reps/1', bridge);
    const when = dateTime('2026-02-02T09:00:00.000Z');
    await u.click(await screen.findByRole('button', { name: `Actions for the one-on-one with Ana Silva, ${when}` }));
    await u.click(await screen.findByRole('menuitem', { name: 'Cancel' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancel this one-on-one?' });
    const undone = await within(confirm).findByRole('list', { name: 'Undone by cancelling' });
    expect(
      within(undone)
        .getAllByRole('listitem')
        .map((line) => line.textContent),
    ).toEqual([
      '3 recorded follow-ups undone: those commitments go back to how they were before this one-on-one — open, with their earlier carry counts and due dates.',
      '1 skill rating removed from Ana Silva’s trends.',
      '2 talking points ticked as discussed: back in the queue for the next one-on-one.',
    ]);
    expect(
      within(confirm).getByText(/^Kept: its agenda and notes, with the 1 action item typed in them/).textContent,
    ).toContain('and 1 goal check-in.');
    await u.click(within(confirm).getByRole('button', { name: 'Cancel one-on-one' }));
    await waitFor(() => expect(bridge.callsOf('meetings.setStatus')).toEqual([{ id: 100, status: 'cancelled' }]));
  });

  test('a one-on-one a later one built on cannot be cancelled from the confirmation, which says why', async () => {
    const u = userEvent.setup();
    const bridge = anaWithMeetings();
    const why = '“Update the pipeline” was followed up again in the one-on-one on 2026-02-09, after this one.';
    bridge.data.cancellations.set(100, { followUps: 1, blockedBy: why });
    renderApp('/reps/1', bridge);
    const when = dateTime('2026-02-02T09:00:00.000Z');
    await u.click(await screen.findByRole('button', { name: `Actions for the one-on-one with Ana Silva, ${when}` }));
    await u.click(await screen.findByRole('menuitem', { name: 'Cancel' }));
    const confirm = await screen.findByRole('dialog', { name: 'Cancel this one-on-one?' });
    expect(await within(confirm).findByText(why)).toBeTruthy();
    expect(within(confirm).getByRole('button', { name: 'Cancel one-on-one' }).hasAttribute('disabled')).toBe(true);
    await u.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(bridge.callsOf('meetings.setStatus')).toEqual([]);
  });

  test('mark held from the row menu; held meetings offer no reschedule', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', anaWithMeetings());
    const when = dateTime('2026-02-02T09:00:00.000Z');
    await u.click(await screen.findByRole('button', { name: `Actions for the one-on-one with Ana Silva, ${when}` }));
    expect(screen.getByRole('menuitem', { name: 'Reschedule' })).toBeTruthy();
    await u.click(screen.getByRole('menuitem', { name: 'Mark held' }));
    await waitFor(() => expect(bridge.callsOf('meetings.setStatus')).toEqual([{ id: 100, status: 'held' }]));
  });

  test('reschedule says that agenda, notes and talking points stay', async () => {
    const u = userEvent.setup();
    renderApp('/reps/1', anaWithMeetings());
    const when = dateTime('2026-02-02T09:00:00.000Z');
    await u.click(await screen.findByRole('button', { name: `Actions for the one-on-one with Ana Silva, ${when}` }));
    await u.click(screen.getByRole('menuitem', { name: 'Reschedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reschedule one-on-one' });
    expect(within(dialog).getByText('Agenda, notes and talking points stay with the meeting.')).toBeTruthy();
  });

  test('"Add to next one-on-one" queues points on the rep page, and they can be removed', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', { reps: [{ name: 'Ana Silva' }] });
    await u.type(
      await screen.findByRole('textbox', { name: 'Add to next one-on-one with Ana Silva' }),
      'Celebrate the Acme win{Enter}',
    );
    const list = await screen.findByRole('list', { name: 'Queued talking points' });
    expect(within(list).getByText('Celebrate the Acme win')).toBeTruthy();
    await u.click(within(list).getByRole('button', { name: 'Remove “Celebrate the Acme win”' }));
    await waitFor(() => expect(bridge.data.talkingPoints).toEqual([]));
    expect(await screen.findByText('Nothing queued.')).toBeTruthy();
  });

  test('Default agenda sets the rep’s template', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', { reps: [{ name: 'Ana Silva' }] });
    await u.click(await screen.findByRole('combobox', { name: 'Default agenda' }));
    await u.click(await screen.findByRole('option', { name: 'Pipeline review' }));
    await waitFor(() => expect(bridge.callsOf('templates.setRepDefault')).toEqual([{ repId: 1, templateId: 2 }]));
  });
});
