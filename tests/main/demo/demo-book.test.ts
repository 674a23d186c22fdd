import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoBookFile } from '../../../src/main/demo/demo-book';
import { startTempCore } from '../support/temp-core';
import { fixedClock, FRIDAY_MORNING } from '../support/fixed-clock';

describe('the demo book', () => {
  it('opens in a file of its own, and the manager’s book is as it was when they leave it', async () => {
    const app = await startTempCore(undefined, { clock: fixedClock(FRIDAY_MORNING), automaticBackups: false });
    try {
      await app.call('reps.create', { name: 'Ana Real', email: 'ana@real.example', cadence: 'weekly' });
      const realFile = app.core.status.databaseFile;

      const demo = await app.call('demo.open', {});
      expect(demo).toMatchObject({ state: 'ready', demo: true, databaseFile: demoBookFile(app.dataDir) });
      const demoReps = await app.call('reps.list', {});
      expect(demoReps).toHaveLength(8);
      expect(demoReps.map((rep) => rep.name)).not.toContain('Ana Real');
      // Next week's one-on-ones are there to look at.
      expect(
        (await app.call('meetings.listForRep', { repId: demoReps[0]!.id })).some((m) => m.status === 'scheduled'),
      ).toBe(true);

      const back = await app.call('demo.close', {});
      expect(back).toMatchObject({ state: 'ready', databaseFile: realFile });
      expect(back).not.toHaveProperty('demo');
      expect((await app.call('reps.list', {})).map((rep) => rep.name)).toEqual(['Ana Real']);
      expect(existsSync(demoBookFile(app.dataDir))).toBe(false);
    } finally {
      await app.dispose();
    }
  });

  it('refuses backups and rep imports while the demo is open, so nothing of it mixes with real data', async () => {
    const app = await startTempCore(undefined, { automaticBackups: false });
    try {
      await app.call('demo.open', {});
      expect(await app.callError('repImport.preview', {})).toMatchObject({
        code: 'unavailable',
        message: expect.stringContaining('not available in the demo book'),
      });
      expect((await app.callError('backup.create', {})).code).toBe('unavailable');
      expect(await app.call('backup.list', {})).toEqual([]);
      expect(await app.core.runDailyBackup()).toBeNull();
      expect(app.core.registry.missingMethods()).toEqual([]);
    } finally {
      await app.dispose();
    }
  });

  it('a restart opens the manager’s book, and closing the app deletes the demo', async () => {
    const first = await startTempCore(undefined, { automaticBackups: false });
    await first.call('demo.open', {});
    await first.core.close();
    expect(existsSync(demoBookFile(first.dataDir))).toBe(false);
    const second = await startTempCore(first.dataDir, { automaticBackups: false });
    try {
      expect(second.core.status).not.toHaveProperty('demo');
      expect(await second.call('reps.list', {})).toEqual([]);
    } finally {
      await second.dispose();
    }
  });
});
