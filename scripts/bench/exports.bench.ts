import type { Database } from 'better-sqlite3';
import type { CoachbookCore } from '../../src/main/app-core';
import type { ApiMethod } from '@shared/api/contract';
import type { BenchCase } from './measure';

/*
 * Exports and backup on the large set. There is no hand-written raw baseline: a PDF or
 * a backup has no "plain SQL" equivalent, so these carry absolute budgets only. The core's save
 * dialog answers a temp folder; Chromium is launched once by bench.ts, outside the measured loop.
 */

const call = async (core: CoachbookCore, method: ApiMethod, input: unknown): Promise<number> => {
  const result = await core.registry.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  const saved = result.value as { bytes: number } | null;
  if (!saved) throw new Error(`${method}: nothing was written`);
  return saved.bytes;
};

/** A held one-on-one of the last month with the most shared notes: the summary a manager sends most. */
function busyMeeting(raw: Database): { id: number; repId: number } {
  return raw
    .prepare(
      `SELECT id, rep_id AS repId FROM meetings WHERE status = 'held' ORDER BY scheduled_at DESC, length(shared_notes_json) DESC LIMIT 1`,
    )
    .get() as { id: number; repId: number };
}

const slow = { minRuns: 5, minMs: 0, warmup: 1 };

export function exportsBenches(core: CoachbookCore, raw: Database, today: string): Array<BenchCase<number>> {
  const meeting = busyMeeting(raw);
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  return [
    {
      name: 'meeting summary PDF',
      budget: { medianMs: 300 },
      sampling: { minRuns: 30, minMs: 0, warmup: 3 },
      app: () => call(core, 'exports.meetingSummary', { meetingId: meeting.id, format: 'pdf' }),
    },
    {
      name: 'one-year rep coaching report PDF',
      budget: { medianMs: 2000 },
      sampling: { minRuns: 10, minMs: 0, warmup: 2 },
      app: () => call(core, 'exports.repReport', { repId: meeting.repId, from: yearAgo, to: today, format: 'pdf' }),
    },
    {
      name: 'full JSON export of the large set',
      budget: { medianMs: 5000 },
      sampling: slow,
      app: () => call(core, 'exports.json', { includePrivateNotes: true }),
    },
    {
      name: 'online backup of the large database',
      budget: { medianMs: 2000 },
      sampling: slow,
      app: () => call(core, 'backup.create', {}),
    },
  ];
}
