import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startExportRig, type ExportRig } from '../exports/export-fixtures';

/*
 * A renderer that names a file (a compromised one, or a bug) is not obeyed.
 * Files come from main's dialogs and backups from main's list, whatever else the input says.
 */

let rig: ExportRig;
beforeEach(async () => {
  rig = await startExportRig();
  await rig.app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' });
});
afterEach(async () => {
  await rig.dispose();
});

const repNames = async () => (await rig.app.call('reps.list', { status: 'all' })).map((rep) => rep.name);

describe('a file path sent by the renderer is ignored: main asks with its own dialog', () => {
  it('backup.create does not overwrite the file the renderer named, nor write one in the working folder', async () => {
    const victim = join(rig.outDir, 'thesis.txt');
    writeFileSync(victim, 'Four years of work.');
    const windowsStyle = 'C:\\Users\\maria\\coachbook-backup.sqlite';
    for (const filePath of [victim, windowsStyle]) {
      rig.saveAs.push(null);
      expect(await rig.app.call('backup.create', { filePath } as never)).toBeNull();
    }
    expect(readFileSync(victim, 'utf8')).toBe('Four years of work.');
    expect(existsSync(windowsStyle)).toBe(false);
    expect(existsSync(join(process.cwd(), windowsStyle))).toBe(false);
  });

  it('imports.json does not read the file the renderer named', async () => {
    const empty = await startExportRig();
    try {
      const saved = await rig.app.call('exports.json', {});
      empty.openAs.push(null);
      expect(await empty.app.call('imports.json', { filePath: saved?.filePath } as never)).toBeNull();
      expect(await empty.app.call('reps.list', { status: 'all' })).toEqual([]);
    } finally {
      await empty.dispose();
    }
  });

  it('backup.restore does not restore from the file the renderer named', async () => {
    const backup = join(rig.outDir, 'old.sqlite');
    rig.saveAs.push(backup);
    await rig.app.call('backup.create', {});
    await rig.app.call('reps.create', { name: 'Ben Okafor', cadence: 'weekly' });
    rig.openAs.push(null);
    expect(await rig.app.call('backup.restore', { filePath: backup } as never)).toBeNull();
    expect(await repNames()).toEqual(['Ana Ruiz', 'Ben Okafor']);
  });

  it('backup.restore takes a listed backup by its id, and nothing that looks like a path', async () => {
    await rig.app.core.runDailyBackup();
    await rig.app.call('reps.create', { name: 'Ben Okafor', cadence: 'weekly' });
    const [daily] = await rig.app.call('backup.list', {});
    expect(daily?.id).toBe('daily-2026-11-27.sqlite');
    const elsewhere = join(rig.outDir, 'elsewhere.sqlite');
    rig.saveAs.push(elsewhere);
    await rig.app.call('backup.create', {});

    for (const backupId of [elsewhere, `../${'coachbook.sqlite'}`, 'C:\\x.sqlite', '\\\\server\\share\\x.sqlite']) {
      expect(await rig.app.callError('backup.restore', { backupId }), backupId).toMatchObject({
        code: 'invalid_input',
        field: 'backupId',
      });
    }
    expect(await repNames()).toEqual(['Ana Ruiz', 'Ben Okafor']);
    await rig.app.call('backup.restore', { backupId: daily?.id ?? '' });
    expect(await repNames()).toEqual(['Ana Ruiz']);
  });
});
