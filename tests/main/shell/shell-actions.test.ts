import type { App, Dialog, OpenDialogReturnValue } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createShellActions } from '../../../src/main/shell/shell-actions';

function setup(choice: OpenDialogReturnValue) {
  const app = { relaunch: vi.fn(), quit: vi.fn() } satisfies Pick<App, 'relaunch' | 'quit'>;
  const showOpenDialog = vi.fn(async () => choice);
  const dialog = { showOpenDialog, showSaveDialog: vi.fn() } as unknown as Pick<
    Dialog,
    'showOpenDialog' | 'showSaveDialog'
  >;
  const actions = createShellActions({
    app,
    dialog,
    currentWindow: () => null,
    currentArgs: ['.', '--data-dir', '/tmp/x'],
  });
  return { actions, app, showOpenDialog };
}

describe('createShellActions', () => {
  it('asks for a .sqlite file and relaunches on it', async () => {
    const { actions, app, showOpenDialog } = setup({ canceled: false, filePaths: ['/data/team-b.sqlite'] });
    await expect(actions.openAnotherDatabase()).resolves.toBe(true);
    expect(showOpenDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        properties: ['openFile'],
        filters: [{ name: 'Coachbook database', extensions: ['sqlite'] }],
      }),
    );
    expect(app.relaunch).toHaveBeenCalledWith({
      args: ['.', '--data-dir', '/tmp/x', '--database-file=/data/team-b.sqlite'],
    });
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('changes nothing when the manager cancels', async () => {
    const { actions, app } = setup({ canceled: true, filePaths: [] });
    await expect(actions.openAnotherDatabase()).resolves.toBe(false);
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('quits through app.quit so windows flush first', () => {
    const { actions, app } = setup({ canceled: true, filePaths: [] });
    actions.quit();
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('asks where to save an export, starting in Documents, and answers null when cancelled', async () => {
    const showSaveDialog = vi.fn(async () => ({ canceled: false, filePath: '/home/m/Documents/summary.pdf' }));
    const actions = createShellActions({
      app: { relaunch: vi.fn(), quit: vi.fn() },
      dialog: { showOpenDialog: vi.fn(), showSaveDialog } as unknown as Pick<
        Dialog,
        'showOpenDialog' | 'showSaveDialog'
      >,
      currentWindow: () => null,
      currentArgs: [],
      documentsDir: '/home/m/Documents',
    });
    const filters = [{ name: 'PDF document', extensions: ['pdf'] }];
    await expect(actions.chooseSaveFile('summary.pdf', filters)).resolves.toBe('/home/m/Documents/summary.pdf');
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/home/m/Documents/summary.pdf', filters }),
    );
    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(actions.chooseSaveFile('summary.pdf', filters)).resolves.toBeNull();
  });

  it('asks for one file to open (a backup, an export) and answers null when cancelled', async () => {
    const { actions, showOpenDialog } = setup({ canceled: false, filePaths: ['/backups/daily-2026-11-27.sqlite'] });
    await expect(actions.chooseOpenFile([{ name: 'Coachbook backup', extensions: ['sqlite'] }])).resolves.toBe(
      '/backups/daily-2026-11-27.sqlite',
    );
    expect(showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile'] }));
    const cancelled = setup({ canceled: true, filePaths: [] });
    await expect(cancelled.actions.chooseOpenFile([])).resolves.toBeNull();
  });
});
