import type { Database } from 'better-sqlite3';
import type { CoachbookCore } from '../../src/main/app-core';
import type { RepListItem } from '@shared/reps/rep';
import type { BenchCase } from './measure';

interface RawRow {
  id: number;
  name: string;
  email: string | null;
  title: string | null;
  team: string | null;
  territory: string | null;
  start_date: string | null;
  cadence: RepListItem['cadence'];
  status: RepListItem['status'];
  default_template_id: number | null;
  created_at: string;
  updated_at: string;
  last_held_at: string | null;
  open_count: number;
}

/** The reps list with each rep's last held one-on-one and open action-item count. */
export function repsListBench(core: CoachbookCore, raw: Database): BenchCase<RepListItem[]> {
  // The baseline is the fastest plain SQL we know for this answer, prepared once.
  const statement = raw.prepare(`
    SELECT r.*,
      (SELECT max(scheduled_at) FROM meetings WHERE rep_id = r.id AND status = 'held') AS last_held_at,
      (SELECT count(*) FROM action_items WHERE rep_id = r.id AND status = 'open') AS open_count
    FROM reps r
    WHERE r.status = 'active'
    ORDER BY r.name COLLATE NOCASE, r.id`);
  return {
    name: 'reps list (active reps, last one-on-one, open action items)',
    budget: { medianMs: 2, ratio: 2 },
    app: async () => {
      const result = await core.registry.dispatch('reps.list', { status: 'active' });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as RepListItem[];
    },
    raw: () =>
      (statement.all() as RawRow[]).map((row) => ({
        id: row.id,
        name: row.name,
        email: row.email,
        title: row.title,
        team: row.team,
        territory: row.territory,
        startDate: row.start_date,
        cadence: row.cadence,
        status: row.status,
        defaultTemplateId: row.default_template_id,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        lastHeldAt: row.last_held_at,
        openActionItemCount: row.open_count,
      })),
  };
}
