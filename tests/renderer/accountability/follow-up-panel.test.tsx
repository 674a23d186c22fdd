import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';
import { followUpPanel, panelItem } from './fixtures';

const threeItems = () =>
  followUpPanel([
    panelItem({ actionItemId: 11, title: 'Send the Acme proposal' }),
    panelItem({ actionItemId: 12, title: 'Book three discovery calls', carryCount: 1, daysOverdue: 3 }),
    panelItem({ actionItemId: 13, title: 'Share the pricing deck', owner: 'manager', originMeetingAt: null }),
  ]);

const item = (title: string) => screen.getByRole('listitem', { name: title });

describe('follow-up panel', () => {
  test('lists each open commitment with origin, due date, days overdue, carry count and owner', async () => {
    renderApp('/meetings/2/follow-ups', { reps: [{ name: 'Ana Silva' }], followUpPanels: [threeItems()] });

    const list = await screen.findByRole('list', { name: 'Commitments to follow up' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-labelledby')),
    ).toHaveLength(3);
    const carried = item('Book three discovery calls');
    expect(within(carried).getByText('Carried 1×')).toBeTruthy();
    expect(within(carried).getByText(/3 days overdue/)).toBeTruthy();
    expect(within(carried).getByText(/From the one-on-one on/)).toBeTruthy();
    expect(within(carried).getByText('Rep')).toBeTruthy();
    const mine = item('Share the pricing deck');
    expect(within(mine).getByText('You')).toBeTruthy();
    expect(within(mine).getByText(/Added on/)).toBeTruthy();
    expect(screen.getByText('note and new due date')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: /Follow-ups: Ana Silva/ })).toBeTruthy();
  });

  test('D, ↓ N, ↓ X record done, not done and dropped; U undoes that item only', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/meetings/2/follow-ups', { followUpPanels: [threeItems()] });
    const first = await screen.findByRole('listitem', { name: 'Send the Acme proposal' });
    expect(first.tabIndex).toBe(0);

    first.focus();
    await u.keyboard('d');
    await waitFor(() => expect(within(item('Send the Acme proposal')).getByText('Recorded: Done')).toBeTruthy());
    await u.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Book three discovery calls'));
    await u.keyboard('n');
    await waitFor(() =>
      expect(within(item('Book three discovery calls')).getByText('Recorded: Not done')).toBeTruthy(),
    );
    // Not done invites a new due date, beside the item; the keyboard stays on the list.
    expect(within(item('Book three discovery calls')).getByText('New due date')).toBeTruthy();
    expect(document.activeElement).toBe(item('Book three discovery calls'));
    await u.keyboard('{ArrowDown}x');
    await waitFor(() => expect(within(item('Share the pricing deck')).getByText('Recorded: Dropped')).toBeTruthy());

    expect(bridge.callsOf('followUps.record')).toEqual([
      { meetingId: 2, actionItemId: 11, outcome: 'done', note: null, newDueDate: null },
      { meetingId: 2, actionItemId: 12, outcome: 'not_done', note: null, newDueDate: null },
      { meetingId: 2, actionItemId: 13, outcome: 'dropped', note: null, newDueDate: null },
    ]);

    await u.keyboard('u');
    await waitFor(() => expect(within(item('Share the pricing deck')).queryByText('Recorded: Dropped')).toBeNull());
    expect(bridge.callsOf('followUps.undo')).toEqual([{ meetingId: 2, actionItemId: 13 }]);

    // Ctrl+Z is undo too.
    await u.keyboard('{ArrowUp}{ArrowUp}{Control>}z{/Control}');
    await waitFor(() => expect(bridge.callsOf('followUps.undo')).toHaveLength(2));
    expect(bridge.callsOf('followUps.undo')[1]).toEqual({ meetingId: 2, actionItemId: 11 });
  });

  test('Enter opens the note; a new due date and note are saved with not done, replacing the check', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/meetings/2/follow-ups', { followUpPanels: [threeItems()] });
    const second = await screen.findByRole('listitem', { name: 'Book three discovery calls' });
    second.focus();
    await u.keyboard('p');
    await waitFor(() =>
      expect(within(item('Book three discovery calls')).getByText('Recorded: Partly done')).toBeTruthy(),
    );

    await u.keyboard('{Enter}');
    const note = within(item('Book three discovery calls')).getByRole('textbox', { name: 'Note' });
    expect(document.activeElement).toBe(note);
    // Letters typed in the note are text, not shortcuts.
    await u.type(note, 'Two of three done');
    await u.click(within(item('Book three discovery calls')).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(bridge.callsOf('followUps.record')).toHaveLength(2));
    expect(bridge.callsOf('followUps.record')[1]).toEqual({
      meetingId: 2,
      actionItemId: 12,
      outcome: 'partly_done',
      note: 'Two of three done',
      newDueDate: null,
    });
    expect(await screen.findByText('“Two of three done”')).toBeTruthy();
    // The replaced check counts the meeting once.
    expect(within(item('Book three discovery calls')).getByText('Carried 2×')).toBeTruthy();
    expect(document.activeElement).toBe(item('Book three discovery calls'));
  });

  test('the buttons record too, and show which outcome is recorded', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/meetings/2/follow-ups', { followUpPanels: [threeItems()] });
    const first = await screen.findByRole('listitem', { name: 'Send the Acme proposal' });
    await u.click(within(first).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(
        within(item('Send the Acme proposal')).getByRole('button', { name: 'Done' }).getAttribute('aria-pressed'),
      ).toBe('true'),
    );
    await u.click(within(item('Send the Acme proposal')).getByRole('button', { name: 'Dropped' }));
    await waitFor(() => expect(within(item('Send the Acme proposal')).getByText('Recorded: Dropped')).toBeTruthy());
    await u.click(within(item('Send the Acme proposal')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(bridge.callsOf('followUps.undo')).toEqual([{ meetingId: 2, actionItemId: 11 }]));
  });

  test('a refused outcome is explained and nothing looks recorded', async () => {
    const u = userEvent.setup();
    const bridge = new FakeBridge({ followUpPanels: [threeItems()] });
    bridge.failNext('followUps.record', { code: 'conflict', message: 'That action item is already closed (done).' });
    renderApp('/meetings/2/follow-ups', bridge);
    (await screen.findByRole('listitem', { name: 'Send the Acme proposal' })).focus();
    await u.keyboard('d');
    expect(await screen.findByText('Could not record the follow-up')).toBeTruthy();
    expect(screen.getByText('That action item is already closed (done).')).toBeTruthy();
    expect(within(item('Send the Acme proposal')).queryByText(/Recorded/)).toBeNull();
  });

  test('with nothing open it says every earlier commitment is closed', async () => {
    renderApp('/meetings/2/follow-ups', { followUpPanels: [followUpPanel([])] });
    expect(await screen.findByText('Nothing to follow up — every earlier commitment is closed.')).toBeTruthy();
  });

  test('an unknown one-on-one says so', async () => {
    renderApp('/meetings/99/follow-ups');
    expect(await screen.findByText('Could not load the follow-ups')).toBeTruthy();
    expect(screen.getByText('That one-on-one no longer exists.')).toBeTruthy();
  });
});
