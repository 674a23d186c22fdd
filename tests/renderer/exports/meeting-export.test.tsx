import '../../../src/renderer/src/features/notes-editor/test-support/jsdom-shims';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

let lastBridge: FakeBridge | null = null;
afterEach(async () => {
  // The workspace's autosave flushes into its own fake before the next test starts.
  const bridge = lastBridge;
  lastBridge = null;
  if (bridge) await act(() => bridge.requestFlush());
  cleanup();
});

function openMeeting() {
  const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
  bridge.data.addMeeting({ repId: 1, scheduledAt: '2026-02-02T09:00:00.000Z' });
  lastBridge = bridge;
  renderApp('/meetings/100', bridge);
  return bridge;
}

async function openExport(u: ReturnType<typeof userEvent.setup>, item: string) {
  await u.click(await screen.findByRole('button', { name: 'Export' }));
  await u.click(await screen.findByRole('menuitem', { name: item }));
  return screen.findByRole('dialog', { name: 'Export the one-on-one summary' });
}

describe('exporting a one-on-one summary', () => {
  test('private notes are unticked by default, sent as ticked only that once, and unticked again on reopening', async () => {
    const u = userEvent.setup();
    const bridge = openMeeting();
    bridge.dialogPath = '/home/manager/Documents/One-on-one Ana Silva 2026-02-02.pdf';

    let dialog = await openExport(u, 'Summary as PDF…');
    const privateBox = within(dialog).getByRole('checkbox', { name: /Include private notes/ });
    expect(privateBox).toHaveProperty('checked', false);
    expect(within(dialog).getByText(/Private notes are for you only/)).toBeTruthy();
    await u.click(privateBox);
    expect(privateBox).toHaveProperty('checked', true);
    await u.click(within(dialog).getByRole('button', { name: 'Export PDF' }));

    await waitFor(() =>
      expect(bridge.callsOf('exports.meetingSummary')).toEqual([
        { meetingId: 100, format: 'pdf', includePrivateNotes: true },
      ]),
    );
    expect(await screen.findByText('Summary exported')).toBeTruthy();
    expect(screen.getByText('Saved to …/Documents/One-on-one Ana Silva 2026-02-02.pdf (24 KB)')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export the one-on-one summary' })).toBeNull());

    dialog = await openExport(u, 'Summary as Markdown…');
    expect(within(dialog).getByRole('checkbox', { name: /Include private notes/ })).toHaveProperty('checked', false);
    await u.click(within(dialog).getByRole('button', { name: 'Export Markdown' }));
    await waitFor(() =>
      expect(bridge.callsOf('exports.meetingSummary')[1]).toEqual({
        meetingId: 100,
        format: 'markdown',
        includePrivateNotes: false,
      }),
    );
  });

  test('a cancelled save dialog shows nothing and leaves the dialog open; closing and reopening unticks the box', async () => {
    const u = userEvent.setup();
    const bridge = openMeeting();
    const dialog = await openExport(u, 'Summary as HTML…');
    await u.click(within(dialog).getByRole('checkbox', { name: /Include private notes/ }));
    await u.click(within(dialog).getByRole('button', { name: 'Export HTML' }));
    await waitFor(() => expect(bridge.callsOf('exports.meetingSummary')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText(/Exporting the summary/)).toBeNull());
    expect(screen.queryByText('Summary exported')).toBeNull();
    expect(screen.queryByText(/Could not export/)).toBeNull();

    await u.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Export the one-on-one summary' })).toBeNull());
    const reopened = await openExport(u, 'Summary as PDF…');
    expect(within(reopened).getByRole('checkbox', { name: /Include private notes/ })).toHaveProperty('checked', false);
  });

  test('no PDF printer in this window: the notification says what to do instead', async () => {
    const u = userEvent.setup();
    const bridge = openMeeting();
    bridge.dialogPath = '/tmp/summary.pdf';
    bridge.failNext('exports.meetingSummary', { code: 'unavailable', message: 'PDF export is not available.' });
    const dialog = await openExport(u, 'Summary as PDF…');
    await u.click(within(dialog).getByRole('button', { name: 'Export PDF' }));
    expect(await screen.findByText('Could not export the summary')).toBeTruthy();
    expect(
      screen.getByText('PDF export is not available. Export as HTML and print it to PDF from your browser instead.'),
    ).toBeTruthy();
    // The dialog stays, so the manager can switch to HTML right there.
    expect(screen.getByRole('dialog', { name: 'Export the one-on-one summary' })).toBeTruthy();
  });

  test('works from the keyboard: Export menu, a format, tick the box, export', async () => {
    const u = userEvent.setup();
    const bridge = openMeeting();
    bridge.dialogPath = '/tmp/summary.md';
    (await screen.findByRole('button', { name: 'Export' })).focus();
    await u.keyboard('{Enter}');
    await screen.findByRole('menuitem', { name: 'Summary as PDF…' });
    await u.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('Summary as Markdown…');
    await u.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Export the one-on-one summary' });
    within(dialog)
      .getByRole('checkbox', { name: /Include private notes/ })
      .focus();
    await u.keyboard(' ');
    within(dialog).getByRole('button', { name: 'Export Markdown' }).focus();
    await u.keyboard('{Enter}');
    await waitFor(() =>
      expect(bridge.callsOf('exports.meetingSummary')).toEqual([
        { meetingId: 100, format: 'markdown', includePrivateNotes: true },
      ]),
    );
  });
});
