import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoData, type SeedCounts } from '../../../src/main/demo/seed-demo-data';
import { startTempCore, type TempCore } from '../support/temp-core';

const open: TempCore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((app) => app.dispose()));
});

const today = new Date('2026-11-27T12:00:00.000Z');

async function seeded(seed: number): Promise<{ app: TempCore; counts: SeedCounts }> {
  const app = await startTempCore();
  open.push(app);
  if (!app.core.dataSource || !app.core.services) throw new Error('database not open');
  const counts = await seedDemoData(app.core.dataSource, app.core.services, { reps: 4, years: 1, seed, today });
  return { app, counts };
}

const query = <Row>(app: TempCore, sql: string): Promise<Row[]> => {
  if (!app.core.dataSource) throw new Error('database not open');
  return app.core.dataSource.query(sql);
};

describe('demo data', () => {
  it('is the same for the same seed and different for another', async () => {
    const first = await seeded(7);
    const second = await seeded(7);
    const other = await seeded(8);
    expect(second.counts).toEqual(first.counts);
    const notes = (app: TempCore) =>
      query<{ t: string }>(app, 'SELECT shared_notes_text AS t FROM meetings ORDER BY id');
    expect(await notes(second.app)).toEqual(await notes(first.app));
    expect(await notes(other.app)).not.toEqual(await notes(first.app));
  });

  it('keeps each rep on their cadence with history up to today and upcoming one-on-ones after it', async () => {
    const { app } = await seeded(3);
    const reps = await app.call('reps.list', {});
    expect(reps).toHaveLength(4);
    const upcoming = await query<{ n: number }>(
      app,
      `SELECT count(*) AS n FROM meetings WHERE status = 'scheduled' AND scheduled_at > '${today.toISOString()}'`,
    );
    expect(upcoming[0]?.n).toBe(8);
    const heldInFuture = await query<{ n: number }>(
      app,
      `SELECT count(*) AS n FROM meetings WHERE status <> 'scheduled' AND scheduled_at > '${today.toISOString()}'`,
    );
    expect(heldInFuture[0]?.n).toBe(0);
    for (const rep of reps) expect(rep.lastHeldAt).not.toBeNull();
  });

  it('follows commitments up the way the accountability rules say', async () => {
    const { app, counts } = await seeded(5);
    expect(counts.followUpChecks).toBeGreaterThan(0);
    // Carry count = number of partly / not done checks; closed items have a closing check or stay open.
    const mismatched = await query<{ id: number }>(
      app,
      `SELECT a.id FROM action_items a
       WHERE a.carry_count <> (SELECT count(*) FROM follow_up_checks c WHERE c.action_item_id = a.id AND c.outcome IN ('partly_done', 'not_done'))`,
    );
    expect(mismatched).toEqual([]);
    const closedWithoutCheck = await query<{ id: number }>(
      app,
      `SELECT a.id FROM action_items a WHERE a.status <> 'open'
       AND NOT EXISTS (SELECT 1 FROM follow_up_checks c WHERE c.action_item_id = a.id AND c.outcome = a.status)`,
    );
    expect(closedWithoutCheck).toEqual([]);
    const checksOutsideHeldMeetings = await query<{ id: number }>(
      app,
      `SELECT c.id FROM follow_up_checks c JOIN meetings m ON m.id = c.meeting_id WHERE m.status <> 'held'`,
    );
    expect(checksOutsideHeldMeetings).toEqual([]);
  });

  it('writes each action item into its meeting notes as a task item carrying its id', async () => {
    const { app } = await seeded(9);
    const rows = await query<{ id: number; title: string; json: string }>(
      app,
      `SELECT a.id, a.title, m.shared_notes_json AS json FROM action_items a JOIN meetings m ON m.id = a.meeting_id LIMIT 50`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.json).toContain(`"actionItemId":${row.id}`);
      expect(row.json).toContain(JSON.stringify(row.title));
    }
  });
});
