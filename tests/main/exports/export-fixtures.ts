import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { TiptapDoc } from '@shared/notes/tiptap-json';
import { tiptapToPlainText } from '@shared/notes/tiptap-json';
import { headlessShell, type StartCoreOptions } from '../../../src/main/app-core';
import { rawConnection } from '../../../src/main/database/raw-connection';
import { startTempCore, type TempCore } from '../support/temp-core';

/** A sentence that must never leave the machine unless the manager asks for private notes. */
export const PRIVATE_SENTENCE = 'Ana mentioned she is interviewing with Globex next week.';
export const TODAY = new Date('2026-11-27T12:00:00.000Z');

export interface ExportRig {
  app: TempCore;
  db: Database;
  /** Files the fake save dialog hands out, in order; null answers "cancelled". */
  saveAs: Array<string | null>;
  openAs: Array<string | null>;
  outDir: string;
  dispose(): Promise<void>;
}

/** A real core whose save/open dialogs are fakes returning paths in a temp folder. */
export async function startExportRig(overrides: Partial<Omit<StartCoreOptions, 'dataDir'>> = {}): Promise<ExportRig> {
  const outDir = await mkdtemp(join(tmpdir(), 'coachbook-out-'));
  const saveAs: Array<string | null> = [];
  const openAs: Array<string | null> = [];
  const app = await startTempCore(undefined, {
    shell: {
      ...headlessShell,
      chooseSaveFile: async (defaultName) => (saveAs.length > 0 ? (saveAs.shift() ?? null) : join(outDir, defaultName)),
      chooseOpenFile: async () => openAs.shift() ?? null,
    },
    clock: { now: () => TODAY },
    automaticBackups: false,
    ...overrides,
  });
  if (!app.core.dataSource) throw new Error('no database');
  return {
    app,
    db: rawConnection(app.core.dataSource),
    saveAs,
    openAs,
    outDir,
    async dispose() {
      await app.dispose();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

const text = (value: string, marks?: Array<{ type: string; attrs?: Record<string, unknown> }>) => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});

export interface Fixture {
  repId: number;
  firstMeetingId: number;
  meetingId: number;
  itemIds: { followedDone: number; followedNotDone: number; agreedRep: number; agreedManager: number };
  goalId: number;
}

/**
 * One rep with two held one-on-ones: the first agreed two commitments, the second followed them
 * up (one done, one not done), agreed two more as task items in the shared notes, rated a skill
 * and holds private notes. A quarterly goal has check-ins before and after the second meeting.
 * Call it again with another name for a second rep with the same history.
 */
export function insertFixture(db: Database, repName = 'Ana Ruiz'): Fixture {
  const now = '2026-11-01T09:00:00.000Z';
  const repId = Number(
    db
      .prepare(
        `INSERT INTO reps (name, email, title, team, territory, cadence, status, created_at, updated_at)
        VALUES (?, 'ana@example.com', 'Account Executive', 'Enterprise', 'DACH', 'weekly', 'active', ?, ?)`,
      )
      .run(repName, now, now).lastInsertRowid,
  );
  const meeting = (at: string, shared: TiptapDoc | null, privateDoc: TiptapDoc | null, agenda = '[]') =>
    Number(
      db
        .prepare(
          `INSERT INTO meetings (rep_id, scheduled_at, status, agenda, shared_notes_json, shared_notes_text, private_notes_json,
          private_notes_text, held_at, created_at, updated_at) VALUES (?, ?, 'held', ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          repId,
          at,
          agenda,
          shared ? JSON.stringify(shared) : null,
          shared ? tiptapToPlainText(shared) : '',
          privateDoc ? JSON.stringify(privateDoc) : null,
          privateDoc ? tiptapToPlainText(privateDoc) : '',
          at,
          at,
          at,
        ).lastInsertRowid,
    );
  const item = (
    meetingId: number,
    title: string,
    owner: string,
    due: string,
    status = 'open',
    completedOn: string | null = null,
    carry = 0,
  ) =>
    Number(
      db
        .prepare(
          `INSERT INTO action_items (rep_id, meeting_id, title, owner, due_date, status, completed_on, carry_count, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(repId, meetingId, title, owner, due, status, completedOn, carry, now, now).lastInsertRowid,
    );

  const firstMeetingId = meeting('2026-11-02T10:00:00.000Z', { type: 'doc', content: [] }, null);
  const followedDone = item(firstMeetingId, 'Send the Initech proposal', 'rep', '2026-11-06', 'done', '2026-11-05');
  const followedNotDone = item(
    firstMeetingId,
    'Introduce Ana to the CFO of Hooli',
    'manager',
    '2026-11-06',
    'open',
    null,
    3,
  );

  const agenda = JSON.stringify([
    { id: 'a1', title: 'Wins since last time', prompts: [], done: true },
    { id: 'a2', title: 'Pipeline review', prompts: ['Top 3 deals'], done: false },
  ]);
  const meetingId = meeting(
    '2026-11-09T10:00:00.000Z',
    null,
    { type: 'doc', content: [{ type: 'paragraph', content: [text(PRIVATE_SENTENCE)] }] },
    agenda,
  );
  const agreedRep = item(meetingId, 'Book a discovery call with Umbrella Health', 'rep', '2026-11-16');
  const agreedManager = item(meetingId, 'Approve the travel budget', 'manager', '2026-11-13', 'done', '2026-11-12');
  const shared: TiptapDoc = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [text('Pipeline')] },
      {
        type: 'paragraph',
        content: [
          text('The '),
          text('Initech', [{ type: 'bold' }]),
          text(' deal moved to '),
          text('negotiation', [{ type: 'link', attrs: { href: 'https://crm.example.com/deals/42' } }]),
          text('.'),
        ],
      },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [text('Price is not the problem, timing is.')] }] },
      {
        type: 'taskList',
        content: [
          {
            type: 'taskItem',
            attrs: { checked: false, actionItemId: agreedRep },
            content: [{ type: 'paragraph', content: [text('Book a discovery call with Umbrella Health')] }],
          },
          {
            type: 'taskItem',
            attrs: { checked: false, actionItemId: agreedManager },
            content: [{ type: 'paragraph', content: [text('Approve the travel budget')] }],
          },
        ],
      },
    ],
  };
  db.prepare('UPDATE meetings SET shared_notes_json = ?, shared_notes_text = ? WHERE id = ?').run(
    JSON.stringify(shared),
    tiptapToPlainText(shared),
    meetingId,
  );

  const check =
    db.prepare(`INSERT INTO follow_up_checks (action_item_id, meeting_id, outcome, note, new_due_date, previous_due_date, created_at)
    VALUES (?, ?, ?, ?, ?, ?, ?)`);
  check.run(followedDone, meetingId, 'done', null, null, null, now);
  check.run(followedNotDone, meetingId, 'not_done', 'CFO was travelling', '2026-11-20', '2026-11-06', now);

  const goalId = Number(
    db
      .prepare(
        `INSERT INTO goals (rep_id, title, kind, metric, unit, start_value, target_value, start_date, end_date, status, created_at, updated_at)
        VALUES (?, 'Q4 quota', 'metric', 'Quota attained', 'currency', 0, 100000, '2026-10-01', '2026-12-31', 'active', ?, ?)`,
      )
      .run(repId, now, now).lastInsertRowid,
  );
  const checkIn = db.prepare('INSERT INTO goal_check_ins (goal_id, date, value, created_at) VALUES (?, ?, ?, ?)');
  checkIn.run(goalId, '2026-10-20', 20000, now);
  checkIn.run(goalId, '2026-11-08', 45000, now);
  checkIn.run(goalId, '2026-11-20', 70000, now);
  const skillId = (db.prepare("SELECT id FROM skills WHERE name = 'Objection handling'").get() as { id: number }).id;
  db.prepare(
    'INSERT INTO skill_ratings (skill_id, meeting_id, rep_id, rating, note, created_at) VALUES (?, ?, ?, 4, ?, ?)',
  ).run(skillId, meetingId, repId, 'Handled the price objection well', now);
  return {
    repId,
    firstMeetingId,
    meetingId,
    itemIds: { followedDone, followedNotDone, agreedRep, agreedManager },
    goalId,
  };
}
