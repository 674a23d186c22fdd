import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/result';
import type { AppStatus } from '@shared/app/app';
import { FakeBridge, type FakeBridgeOptions } from './fake-bridge';
import { renderApp } from './render-app';

const refused: AppStatus = {
  state: 'refused',
  databaseFile: '/home/maria/Coachbook/coachbook.sqlite',
  problem: 'corrupt',
  message:
    'This database file is damaged, so Coachbook did not open it. It was not changed. Open a backup or another file.',
  backupsDir: '/home/maria/Coachbook/backups',
};

/**
 * Main with a refused database, as app-core serves it: only `app.*` and the backup list and
 * restore answer; once a restore succeeds, the database is open and everything answers.
 */
class RefusedDatabaseBridge extends FakeBridge {
  constructor(options: FakeBridgeOptions = {}) {
    super({ ...options, status: refused });
  }

  override async invoke<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiResult<ApiOutput<K>>> {
    const servedWhileRefused = method.startsWith('app.') || method === 'backup.list' || method === 'backup.restore';
    if (this.status.state === 'refused' && !servedWhileRefused) {
      this.calls.push({ method, input });
      return { ok: false, error: { code: 'unavailable', message: 'This operation is not available right now.' } };
    }
    const result = await super.invoke(method, input);
    if (method === 'backup.restore' && result.ok && result.value !== null) {
      this.status = { state: 'ready', databaseFile: refused.databaseFile, schemaVersion: 3 };
    }
    return result;
  }
}

function withBackups(): RefusedDatabaseBridge {
  const bridge = new RefusedDatabaseBridge({ reps: [{ name: 'Ana Silva' }] });
  // Newest first, as main lists them.
  bridge.backups = [
    {
      id: 'daily-2026-01-05.sqlite',
      filePath: '/home/maria/Coachbook/backups/daily-2026-01-05.sqlite',
      fileName: 'daily-2026-01-05.sqlite',
      kind: 'daily',
      createdAt: '2026-01-05T08:00:00.000Z',
      bytes: 2_202_009,
    },
    {
      id: 'coachbook-backup-20260102-170000.sqlite',
      filePath: '/home/maria/Coachbook/backups/coachbook-backup-20260102-170000.sqlite',
      fileName: 'coachbook-backup-20260102-170000.sqlite',
      kind: 'manual',
      createdAt: '2026-01-02T17:00:00.000Z',
      bytes: 24_576,
    },
  ];
  return bridge;
}

const when = (instant: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));

const problemHeading = { name: 'Coachbook could not open your data' };

describe('restoring a backup from the database-problem screen', () => {
  test('lists the backups, says what happens to the damaged file, and after the restore shows the app', async () => {
    const u = userEvent.setup();
    const bridge = withBackups();
    renderApp('/team', bridge);

    await u.click(await screen.findByRole('button', { name: 'Restore a backup' }));
    const table = await screen.findByRole('table', { name: 'Backups' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      when('2026-01-05T08:00:00.000Z'),
      when('2026-01-02T17:00:00.000Z'),
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Daily')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('2.1 MB')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Made by you')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('24 KB')).toBeTruthy();

    await u.click(
      within(table).getByRole('button', { name: `Restore the backup of ${when('2026-01-02T17:00:00.000Z')}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Restore a backup?' });
    expect(
      within(dialog).getByText(/puts the backup of .* \(made by you\) in place of the file it could not open/),
    ).toBeTruthy();
    expect(
      within(dialog).getByText(/Nothing is deleted: the file Coachbook could not open is kept aside, unchanged/),
    ).toBeTruthy();
    expect(within(dialog).getByLabelText('Backups folder').textContent).toBe('/home/maria/Coachbook/backups');
    expect(bridge.callsOf('backup.restore')).toEqual([]);

    await u.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('row', { name: 'Ana Silva' })).toBeTruthy();
    expect(bridge.callsOf('backup.restore')).toEqual([{ backupId: 'coachbook-backup-20260102-170000.sqlite' }]);
    expect(screen.queryByRole('heading', problemHeading)).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByText('Backup restored')).toBeTruthy();
    expect(screen.getByText(/The file it replaced is kept, unchanged, in the backups folder/)).toBeTruthy();
  });

  test('a backup file chosen with the dialog: a refused one shows main’s message and changes nothing', async () => {
    const u = userEvent.setup();
    const bridge = new RefusedDatabaseBridge({ reps: [{ name: 'Ana Silva' }] });
    bridge.dialogPath = '/media/usb/coachbook.sqlite';
    bridge.failNext('backup.restore', {
      code: 'invalid_input',
      message:
        'This backup is damaged, so Coachbook did not restore it. Your current data is unchanged. Choose another backup.',
      field: 'filePath',
    });
    renderApp('/team', bridge);

    await u.click(await screen.findByRole('button', { name: 'Restore a backup' }));
    expect(await screen.findByText(/There are no backups in the backups folder/)).toBeTruthy();
    await u.click(screen.getByRole('button', { name: 'Choose a backup file…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Restore a backup?' });
    expect(within(dialog).getByText(/puts a backup file you choose next in place of the file/)).toBeTruthy();
    await u.click(within(dialog).getByRole('button', { name: 'Choose the file and restore' }));

    expect(await screen.findByText('The backup was not restored')).toBeTruthy();
    expect(screen.getByText(/This backup is damaged, so Coachbook did not restore it/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Restore a backup?' })).toBeNull());
    expect(screen.getByRole('heading', problemHeading)).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(bridge.status.state).toBe('refused');

    // Another try with a good file works.
    await u.click(screen.getByRole('button', { name: 'Choose a backup file…' }));
    dialog = await screen.findByRole('dialog', { name: 'Restore a backup?' });
    await u.click(within(dialog).getByRole('button', { name: 'Choose the file and restore' }));
    expect(await screen.findByRole('row', { name: 'Ana Silva' })).toBeTruthy();
    expect(bridge.callsOf('backup.restore')).toEqual([{}, {}]);
  });
});
