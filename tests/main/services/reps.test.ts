import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTempCore, type TempCore } from '../support/temp-core';

let app: TempCore;
beforeEach(async () => {
  app = await startTempCore();
});
afterEach(async () => {
  await app.dispose();
});

const ana = { name: 'Ana Ruiz', email: 'ana@example.com', team: 'Enterprise', cadence: 'weekly' } as const;

describe('reps through the API', () => {
  it('serves every method of the contract once the database is open', () => {
    expect(app.core.registry.missingMethods()).toEqual([]);
  });

  it('creates a rep with trimmed fields and empty optionals stored as null', async () => {
    const rep = await app.call('reps.create', { ...ana, name: '  Ana Ruiz ', title: '  ', territory: '' });
    expect(rep).toMatchObject({ name: 'Ana Ruiz', title: null, territory: null, status: 'active', cadence: 'weekly' });
    expect(await app.call('reps.get', { id: rep.id })).toEqual(rep);
  });

  it('refuses a missing name, a 121-character name and a bad email, and saves nothing', async () => {
    expect(await app.callError('reps.create', { ...ana, name: '   ' })).toMatchObject({
      code: 'invalid_input',
      field: 'name',
    });
    expect(await app.callError('reps.create', { ...ana, name: 'x'.repeat(121) })).toMatchObject({ field: 'name' });
    expect(await app.callError('reps.create', { ...ana, email: 'ana@' })).toMatchObject({ field: 'email' });
    expect(await app.callError('reps.create', { ...ana, cadence: 'daily' })).toMatchObject({ field: 'cadence' });
    expect(await app.callError('reps.create', { ...ana, startDate: '2026-02-30' })).toMatchObject({
      field: 'startDate',
    });
    expect(await app.call('reps.list', { status: 'all' })).toEqual([]);
  });

  it('accepts a name of exactly 120 characters', async () => {
    const rep = await app.call('reps.create', { ...ana, name: 'n'.repeat(120) });
    expect(rep.name).toHaveLength(120);
  });

  it('edits a rep and keeps the other fields', async () => {
    const rep = await app.call('reps.create', { ...ana, territory: 'DACH' });
    const edited = await app.call('reps.update', {
      ...ana,
      id: rep.id,
      territory: 'DACH',
      title: 'Senior AE',
      cadence: 'biweekly',
    });
    expect(edited).toMatchObject({
      id: rep.id,
      title: 'Senior AE',
      cadence: 'biweekly',
      territory: 'DACH',
      email: ana.email,
    });
  });

  it('answers not_found for an unknown rep and changes nothing', async () => {
    expect(await app.callError('reps.update', { ...ana, id: 999 })).toMatchObject({ code: 'not_found' });
    expect(await app.callError('reps.archive', { id: 999 })).toMatchObject({ code: 'not_found' });
    expect(await app.callError('reps.get', { id: -1 })).toMatchObject({ code: 'invalid_input', field: 'id' });
  });

  it('archives and unarchives, moving the rep between the active and archived lists', async () => {
    const rep = await app.call('reps.create', ana);
    const other = await app.call('reps.create', { ...ana, name: 'Ben Okafor', email: null });
    await app.call('reps.archive', { id: rep.id });
    expect((await app.call('reps.list', {})).map((r) => r.name)).toEqual(['Ben Okafor']);
    expect((await app.call('reps.list', { status: 'archived' })).map((r) => r.id)).toEqual([rep.id]);
    await app.call('reps.unarchive', { id: rep.id });
    expect((await app.call('reps.list', { status: 'active' })).map((r) => r.id)).toEqual([rep.id, other.id]);
  });

  it('filters by name (case-insensitive, wildcards taken literally) and by team', async () => {
    await app.call('reps.create', ana);
    await app.call('reps.create', { ...ana, name: 'Ben Okafor', team: 'SMB' });
    await app.call('reps.create', { ...ana, name: '100% Quota Club', team: 'SMB' });
    expect((await app.call('reps.list', { search: 'RUIZ' })).map((r) => r.name)).toEqual(['Ana Ruiz']);
    expect((await app.call('reps.list', { search: '%' })).map((r) => r.name)).toEqual(['100% Quota Club']);
    expect((await app.call('reps.list', { team: 'SMB' })).map((r) => r.name)).toEqual([
      '100% Quota Club',
      'Ben Okafor',
    ]);
    expect(await app.call('reps.teams', {})).toEqual(['Enterprise', 'SMB']);
  });

  it('lists the last held one-on-one and the open action-item count per rep', async () => {
    const rep = await app.call('reps.create', ana);
    const sql = app.core.dataSource;
    if (!sql) throw new Error('no database');
    const now = '2026-11-01T10:00:00.000Z';
    const insertMeeting = (scheduledAt: string, status: string) =>
      sql.query(`INSERT INTO meetings (rep_id, scheduled_at, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`, [
        rep.id,
        scheduledAt,
        status,
        now,
        now,
      ]);
    await insertMeeting('2026-10-01T10:00:00.000Z', 'held');
    await insertMeeting('2026-10-08T10:00:00.000Z', 'held');
    await insertMeeting('2026-10-15T10:00:00.000Z', 'cancelled');
    await insertMeeting('2026-12-01T10:00:00.000Z', 'scheduled');
    for (const status of ['open', 'open', 'done', 'dropped']) {
      await sql.query(
        `INSERT INTO action_items (rep_id, title, status, created_at, updated_at) VALUES (?, 'x', ?, ?, ?)`,
        [rep.id, status, now, now],
      );
    }
    const [row] = await app.call('reps.list', {});
    expect(row).toMatchObject({ lastHeldAt: '2026-10-08T10:00:00.000Z', openActionItemCount: 2 });
  });

  it('remembers the theme setting across a restart', async () => {
    expect(await app.call('settings.get', {})).toEqual({
      theme: 'system',
      notifications: true,
      spellCheckDownloads: false,
    });
    await app.call('settings.update', { theme: 'dark' });
    expect(await app.callError('settings.update', { theme: 'purple' })).toMatchObject({ field: 'theme' });
    await app.core.close();
    const reopened = await startTempCore(app.dataDir);
    expect(await reopened.call('settings.get', {})).toEqual({
      theme: 'dark',
      notifications: true,
      spellCheckDownloads: false,
    });
    await reopened.dispose();
  });
});
