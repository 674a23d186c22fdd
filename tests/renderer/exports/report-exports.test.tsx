import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { lastTwelveMonths } from '../../../src/renderer/src/features/exports/saved-file';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

describe('coaching, team and spreadsheet exports', () => {
  test('the coaching report covers the last 12 months by default and sends the chosen format', async () => {
    const u = userEvent.setup();
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
    bridge.dialogPath = '/home/manager/Coaching report Ana Silva.md';
    renderApp('/reps/1', bridge);

    await u.click(await screen.findByRole('button', { name: 'Export' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Coaching report…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Coaching report for Ana Silva' });
    expect(within(dialog).getByRole('button', { name: /Period/ })).toBeTruthy();
    const markdownId = within(dialog).getByRole('radio', { name: 'Markdown' }).getAttribute('id');
    await u.click(dialog.querySelector(`label[for="${markdownId}"]`) ?? dialog);
    await u.click(within(dialog).getByRole('button', { name: 'Export Markdown' }));

    const [from, to] = lastTwelveMonths();
    await waitFor(() =>
      expect(bridge.callsOf('exports.repReport')).toEqual([{ repId: 1, format: 'markdown', from, to }]),
    );
    expect(await screen.findByText('Coaching report exported')).toBeTruthy();
  });

  test('the rep page exports that rep’s spreadsheet and says where it was saved', async () => {
    const u = userEvent.setup();
    const bridge = new FakeBridge({ reps: [{ name: 'Ben Okafor' }, { name: 'Ana Silva' }] });
    bridge.dialogPath = '/home/manager/Reviews/Coachbook action-items Ana Silva 2026-01-05.csv';
    renderApp('/reps/2', bridge);
    await u.click(await screen.findByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Spreadsheets for Ana Silva (CSV)')).toBeTruthy();
    await u.click(screen.getByRole('menuitem', { name: 'Action items with check history…' }));

    await waitFor(() => expect(bridge.callsOf('exports.csv')).toEqual([{ kind: 'action-items', repId: 2 }]));
    expect(await screen.findByText('Action items with check history exported')).toBeTruthy();
    expect(screen.getByText('Saved to …/Reviews/Coachbook action-items Ana Silva 2026-01-05.csv (24 KB)')).toBeTruthy();
  });

  test('the team report starts from the team view’s period and team filter', async () => {
    const u = userEvent.setup();
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva', team: 'East' }] });
    bridge.dialogPath = '/tmp/Team report.pdf';
    renderApp('/team', bridge);
    await u.click(await screen.findByRole('button', { name: 'Team report' }));
    const dialog = await screen.findByRole('dialog', { name: 'Team report' });
    await u.click(within(dialog).getByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(bridge.callsOf('exports.teamReport')).toEqual([
        { format: 'pdf', team: null, from: '2025-10-08', to: '2026-01-05' },
      ]),
    );
    expect(await screen.findByText('Team report exported')).toBeTruthy();
  });
});
