import type { App, Dialog, OpenDialogReturnValue } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createShellActions } from '../../../src/main/shell/shell-actions';

function setup(choice: OpenDialogReturnValue) {
  const app = { relaunch: vi.fn(), quit: vi.fn() } satisfies Pick<App, 'relaunch' | 'quit'>;
  const showOpenDialog = vi.fn(async () => choice);
  const dialog = { showOpenDialog } as unknown as Pick<Dialog, 'showOpenDialog'>;
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
});
