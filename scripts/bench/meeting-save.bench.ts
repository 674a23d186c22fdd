import type { Database } from 'better-sqlite3';
import { format } from 'date-fns';
import type { CoachbookCore } from '../../src/main/app-core';
import type { ActionItem } from '@shared/action-items/action-item';
import type { SaveNotesResult } from '@shared/meetings/meeting';
import { tiptapToPlainText, type TiptapDoc, type TiptapNode } from '@shared/notes/tiptap-json';
import type { BenchCase } from './measure';

/** What both paths must agree on after a save (ids and timestamps differ between the two scratch meetings). */
interface SavedState {
  notesRevision: number;
  items: Array<Pick<ActionItem, 'title' | 'owner' | 'dueDate' | 'status' | 'completedOn'>>;
}

export const SCRATCH_REP = 'Benchmark scratch rep';
const DUE = '2030-01-31';
const WORDS =
  'pipeline renewal quota discovery champion budget proposal pricing objection procurement forecast territory'.split(
    ' ',
  );
const TASK_TITLES = [
  'Send the revised proposal',
  'Call Acme about the renewal',
  'Book the QBR',
  'Update the CRM stages',
  'Share the pricing deck',
];

const text = (value: string): TiptapNode => ({ type: 'text', text: value });
const paragraph = (value: string): TiptapNode => ({ type: 'paragraph', content: [text(value)] });

/** 5,000 words of headings and paragraphs: a long one-on-one's shared notes, before its task list. */
function longNoteBody(): TiptapNode[] {
  const body: TiptapNode[] = [];
  let words = 0;
  for (let block = 0; words < 5000; block += 1) {
    if (block % 6 === 0)
      body.push({ type: 'heading', attrs: { level: 2 }, content: [text(`Section ${block / 6 + 1}`)] });
    const sentence = Array.from({ length: 100 }, (_, i) => WORDS[(block * 7 + i * 3) % WORDS.length]).join(' ');
    body.push(paragraph(`${sentence}.`));
    words += 100;
  }
  return body;
}

/** Iteration `round` of the note: a new last word, the first task ticked or not, the second renamed back and forth. */
function noteAt(body: TiptapNode[], ids: number[], round: number): TiptapDoc {
  const even = round % 2 === 0;
  const tasks = TASK_TITLES.map((title, k) => ({
    type: 'taskItem',
    attrs: { checked: k === 0 && even, actionItemId: ids[k] ?? null, clientKey: `k${k}`, owner: 'rep', dueDate: DUE },
    content: [paragraph(k === 1 && even ? 'Call Globex about the renewal' : title)],
  }));
  return {
    type: 'doc',
    content: [...body.slice(0, -1), paragraph(`Wrap-up round ${round}`), { type: 'taskList', content: tasks }],
  };
}

async function call<T>(
  core: CoachbookCore,
  method: Parameters<CoachbookCore['registry']['dispatch']>[0],
  input: unknown,
): Promise<T> {
  const result = await core.registry.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** Two scratch one-on-ones of an archived rep (so no list benchmark sees them): one for the app, one for the raw path. */
async function scratchMeetings(core: CoachbookCore, raw: Database): Promise<[number, number]> {
  let repId = (raw.prepare('SELECT id FROM reps WHERE name = ?').get(SCRATCH_REP) as { id: number } | undefined)?.id;
  if (repId === undefined) {
    repId = (await call<{ id: number }>(core, 'reps.create', { name: SCRATCH_REP, cadence: 'weekly' })).id;
    for (const day of ['2030-01-07', '2030-01-14']) {
      await call(core, 'meetings.schedule', { repId, scheduledAt: `${day}T10:00:00.000Z` });
    }
    await call(core, 'reps.archive', { id: repId });
  }
  const ids = (
    raw.prepare('SELECT id FROM meetings WHERE rep_id = ? ORDER BY id LIMIT 2').all(repId) as Array<{ id: number }>
  ).map((row) => row.id);
  const [appMeeting, rawMeeting] = ids;
  if (appMeeting === undefined || rawMeeting === undefined) throw new Error('scratch one-on-ones missing');
  // Start both from the same state every run.
  raw.transaction(() => {
    raw.prepare('DELETE FROM action_items WHERE meeting_id IN (?, ?)').run(appMeeting, rawMeeting);
    raw
      .prepare(
        `UPDATE meetings SET shared_notes_json = NULL, shared_notes_text = '', notes_revision = 0 WHERE id IN (?, ?)`,
      )
      .run(appMeeting, rawMeeting);
  })();
  return [appMeeting, rawMeeting];
}

/** An autosave of a 5,000-word note whose task items tick and rename action items, FTS included. */
export async function meetingSaveBench(
  core: CoachbookCore,
  raw: Database,
  today: Date,
): Promise<BenchCase<SavedState>> {
  const [appMeeting, rawMeeting] = await scratchMeetings(core, raw);
  const body = longNoteBody();
  // The first save creates the five action items; the timed saves then update them.
  const firstSave = async (id: number) =>
    Object.values(
      (await call<SaveNotesResult>(core, 'meetings.saveNotes', { id, baseRevision: 0, shared: noteAt(body, [], 1) }))
        .assignedActionItemIds,
    );
  const appIds = await firstSave(appMeeting);
  const rawIds = await firstSave(rawMeeting);

  const statements = {
    revision: raw.prepare('SELECT notes_revision FROM meetings WHERE id = ?').pluck(),
    notes: raw.prepare(
      'UPDATE meetings SET shared_notes_json = ?, shared_notes_text = ?, notes_revision = ?, updated_at = ? WHERE id = ?',
    ),
    status: raw.prepare(
      'UPDATE action_items SET status = ?, completed_on = ?, closed_at = ?, updated_at = ? WHERE id = ?',
    ),
    rename: raw.prepare('UPDATE action_items SET title = ?, updated_at = ? WHERE id = ?'),
    items: raw.prepare(`SELECT title, owner, due_date AS dueDate, status, completed_on AS completedOn FROM action_items
      WHERE meeting_id = ? AND status <> 'dropped' ORDER BY position, id`),
  };
  // The baseline knows which two items change; the app has to find out by diffing the note.
  const rawSave = raw.transaction((doc: TiptapDoc, round: number, base: number): SavedState => {
    const current = statements.revision.get(rawMeeting) as number;
    if (current !== base) throw new Error('stale');
    // The app's clock is pinned to the day the set was seeded for; a ticked item is done on that day.
    const now = today;
    const stamp = new Date().toISOString();
    statements.notes.run(JSON.stringify(doc), tiptapToPlainText(doc), current + 1, stamp, rawMeeting);
    const done = round % 2 === 0;
    statements.status.run(
      done ? 'done' : 'open',
      done ? format(now, 'yyyy-MM-dd') : null,
      done ? stamp : null,
      stamp,
      rawIds[0],
    );
    statements.rename.run(done ? 'Call Globex about the renewal' : TASK_TITLES[1], stamp, rawIds[1]);
    return { notesRevision: current + 1, items: statements.items.all(rawMeeting) as SavedState['items'] };
  });

  let appRound = 0;
  let appRevision = 1;
  let rawRound = 0;
  let rawRevision = 1;
  return {
    name: 'save a 5,000-word note including its action items and the FTS update',
    budget: { medianMs: 10, ratio: 2 },
    app: async () => {
      const result = await call<SaveNotesResult>(core, 'meetings.saveNotes', {
        id: appMeeting,
        baseRevision: appRevision,
        shared: noteAt(body, appIds, appRound),
      });
      appRound += 1;
      appRevision = result.notesRevision;
      return {
        notesRevision: result.notesRevision,
        items: result.actionItems.map(({ title, owner, dueDate, status, completedOn }) => ({
          title,
          owner,
          dueDate,
          status,
          completedOn,
        })),
      };
    },
    raw: () => {
      const state = rawSave(noteAt(body, rawIds, rawRound), rawRound, rawRevision);
      rawRound += 1;
      rawRevision = state.notesRevision;
      return state;
    },
  };
}
