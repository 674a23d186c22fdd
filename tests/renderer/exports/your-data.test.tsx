import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

function withBackups() {
  const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
  bridge.backups = [
    {
      id: 'daily-2026-01-05.sqlite',
      filePath: '/data/backups/daily-2026-01-05.sqlite',
      fileName: 'daily-2026-01-05.sqlite',
      kind: 'daily',
      createdAt: '2026-01-05T08:00:00.000Z',
      bytes: 2_202_009,
    },
    {
      id: 'pre-migration-v2-20260101-080000.sqlite',
      filePath: '/data/backups/pre-migration-v2-20260101-080000.sqlite',
      fileName: 'pre-migration-v2-20260101-080000.sqlite',
      kind: 'pre-migration',
      createdAt: '2026-01-01T08:00:00.000Z',
      bytes: 1_048_576,
    },
  ];
  return bridge;
}

const when = (instant: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));

describe('Settings → Your data', () => {
  test('lists backups with date, kind and size; restoring asks first, then refetches every query', async () => {
    const u = userEvent.setup();
    const bridge = withBackups();
    renderApp('/settings', bridge);
    const table = await screen.findByRole('table', { name: 'Backups' });
    expect(within(table).getByText('Daily')).toBeTruthy();
    expect(within(table).getByText('Before an update')).toBeTruthy();
    expect(within(table).getByText('2.1 MB')).toBeTruthy();

    await u.click(
      within(table).getByRole('button', { name: `Restore the backup of ${when('2026-01-05T08:00:00.000Z')}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Restore a backup?' });
    expect(within(dialog).getByText(/Your current data is kept aside in the backups folder/)).toBeTruthy();
    expect(bridge.callsOf('backup.restore')).toEqual([]);

    const statusReads = bridge.callsOf('app.status').length;
    const backupReads = bridge.callsOf('backup.list').length;
    await u.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(bridge.callsOf('backup.restore')).toEqual([{ backupId: 'daily-2026-01-05.sqlite' }]));
    expect(await screen.findByText('Backup restored')).toBeTruthy();
    // Every query on screen was invalidated, not just the backups list.
    expect(bridge.callsOf('app.status').length).toBeGreaterThan(statusReads);
    expect(bridge.callsOf('backup.list').length).toBeGreaterThan(backupReads);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Restore a backup?' })).toBeNull());
  });

  test('a refused backup file shows main’s message and restores nothing', async () => {
    const u = userEvent.setup();
    const bridge = withBackups();
    bridge.dialogPath = '/home/manager/notes.txt';
    bridge.failNext('backup.restore', {
      code: 'invalid_input',
      message: 'That file is not a Coachbook database. Your current data is unchanged.',
      field: 'filePath',
    });
    renderApp('/settings', bridge);
    await u.click(await screen.findByRole('button', { name: 'Restore from file…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore a backup?' });
    await u.click(within(dialog).getByRole('button', { name: 'Choose the file and restore' }));
    expect(await screen.findByText('The backup was not restored')).toBeTruthy();
    expect(screen.getByText('That file is not a Coachbook database. Your current data is unchanged.')).toBeTruthy();
    expect(bridge.callsOf('backup.restore')).toEqual([{}]);
    expect(screen.queryByText('Backup restored')).toBeNull();
  });

  test('back up now, export all data, and a refused import', async () => {
    const u = userEvent.setup();
    const bridge = withBackups();
    bridge.dialogPath = '/home/manager/Backups/coachbook-backup.sqlite';
    renderApp('/settings', bridge);

    await u.click(await screen.findByRole('button', { name: 'Back up now…' }));
    expect(await screen.findByText('Backup made')).toBeTruthy();
    expect(bridge.callsOf('backup.create')).toEqual([{}]);

    await u.click(screen.getByRole('button', { name: 'Export all data (JSON)…' }));
    expect(await screen.findByText('All data exported')).toBeTruthy();

    bridge.failNext('imports.json', {
      code: 'invalid_input',
      message: 'Coachbook already holds data; import only goes into an empty database. Nothing was imported.',
    });
    await u.click(screen.getByRole('button', { name: 'Import from a JSON export…' }));
    expect(await screen.findByText('Nothing was imported')).toBeTruthy();
    expect(screen.getByText(/import only goes into an empty database/)).toBeTruthy();
  });

  test('the JSON export says it is the full backup format and leaves private notes out unless ticked, every time', async () => {
    const u = userEvent.setup();
    const bridge = withBackups();
    bridge.dialogPath = '/home/manager/Coachbook export.json';
    renderApp('/settings', bridge);

    expect(await screen.findByText(/The JSON export is the full backup format/)).toBeTruthy();
    const box = screen.getByRole('checkbox', { name: /Include private notes/ });
    expect((box as HTMLInputElement).checked).toBe(false);
    expect(screen.queryByText(/will hold your private notes/)).toBeNull();
    const exportButton = screen.getByRole('button', { name: 'Export all data (JSON)…' });
    await u.click(exportButton);
    expect(await screen.findByText('All data exported')).toBeTruthy();
    expect(screen.getByText(/without your private notes/)).toBeTruthy();

    await u.click(box);
    expect(screen.getByText(/will hold your private notes/)).toBeTruthy();
    await u.click(exportButton);
    await waitFor(() => expect(bridge.callsOf('exports.json')).toHaveLength(2));
    // Ticked for that one export only: the next one leaves private notes out again.
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(false));
    await u.click(exportButton);
    await waitFor(() => expect(bridge.callsOf('exports.json')).toHaveLength(3));
    expect(bridge.callsOf('exports.json')).toEqual([
      { includePrivateNotes: false },
      { includePrivateNotes: true },
      { includePrivateNotes: false },
    ]);
  });

  test('spreadsheets cover every rep unless a rep is picked', async () => {
    const u = userEvent.setup();
    const bridge = withBackups();
    bridge.addRep({ name: 'Ben Okafor', status: 'archived' });
    bridge.dialogPath = '/home/manager/Coachbook goals.csv';
    renderApp('/settings', bridge);

    const spreadsheets = await screen.findByRole('group', { name: 'Spreadsheets (CSV, no private notes)' });
    const repPicker = screen.getByRole('combobox', { name: 'Rep' });
    expect(repPicker.getAttribute('placeholder')).toBe('All reps');
    await u.click(within(spreadsheets).getByRole('button', { name: 'Goals with check-ins…' }));
    await waitFor(() => expect(bridge.callsOf('exports.csv')).toEqual([{ kind: 'goals' }]));
    expect(await screen.findByText('Goals with check-ins exported')).toBeTruthy();

    await u.click(repPicker);
    await u.click(await screen.findByRole('option', { name: 'Ben Okafor (archived)' }));
    await u.click(within(spreadsheets).getByRole('button', { name: 'One-on-ones (shared notes only)…' }));
    await waitFor(() =>
      expect(bridge.callsOf('exports.csv')).toEqual([{ kind: 'goals' }, { kind: 'meetings', repId: 2 }]),
    );
  });

  test('a cancelled backup dialog shows nothing', async () => {
    const u = userEvent.setup();
    const bridge = withBackups();
    renderApp('/settings', bridge);
    await u.click(await screen.findByRole('button', { name: 'Back up now…' }));
    await waitFor(() => expect(bridge.callsOf('backup.create')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText('Backing up your data')).toBeNull());
    expect(screen.queryByText('Backup made')).toBeNull();
    expect(screen.queryByText('The backup was not made')).toBeNull();
  });
});
