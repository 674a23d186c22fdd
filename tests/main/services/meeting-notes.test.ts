import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TiptapDoc } from '@shared/notes/tiptap-json';
import { doc, heading, paragraph, taskItem, taskItemsOf, taskList } from '../../shared/support/notes';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { startTempCore, type TempCore } from '../support/temp-core';

let app: TempCore;
let repId: number;
let meetingId: number;
let revision: number;

beforeEach(async () => {
  app = await startTempCore(undefined, { clock: fixedClock(FRIDAY_MORNING) });
  repId = (await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' })).id;
  meetingId = (await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 27, 8) })).id;
  // The next one-on-one: new action items are due on its day.
  await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 12, 4, 8) });
  revision = 0;
});
afterEach(async () => {
  await app.dispose();
});

/** Saves like the editor's autosave: from the last revision it saw. */
async function save(shared: TiptapDoc, privateNotes?: TiptapDoc) {
  const result = await app.call('meetings.saveNotes', {
    id: meetingId,
    baseRevision: revision,
    shared,
    private: privateNotes,
  });
  revision = result.notesRevision;
  return result;
}

const listItems = () => app.call('actionItems.list', { repId, status: 'all' });
const openNote = async () => (await app.call('meetings.open', { id: meetingId })).sharedNotes;

const threeTasks = () =>
  doc(
    heading('Action items'),
    taskList(
      taskItem('Send the Acme proposal', { clientKey: 'k1' }),
      taskItem('Book the QBR with Globex', { clientKey: 'k2' }),
      taskItem('Share the pricing deck', { clientKey: 'k3' }),
    ),
  );

describe('task items in the shared notes are action items', () => {
  it('typing three task items creates exactly three action items with the defaults', async () => {
    const result = await save(threeTasks());
    const items = await listItems();
    expect(items).toHaveLength(3);
    expect(
      items.map(({ title, owner, dueDate, status, meetingId: from }) => ({ title, owner, dueDate, status, from })),
    ).toEqual(
      ['Send the Acme proposal', 'Book the QBR with Globex', 'Share the pricing deck'].map((title) => ({
        title,
        owner: 'rep',
        dueDate: '2026-12-04',
        status: 'open',
        from: meetingId,
      })),
    );
    expect(Object.keys(result.assignedActionItemIds).sort()).toEqual(['k1', 'k2', 'k3']);
    expect(result.actionItems.map((item) => item.title)).toEqual([
      'Send the Acme proposal',
      'Book the QBR with Globex',
      'Share the pricing deck',
    ]);
    // The ids are written into the stored note too.
    expect(taskItemsOf(await openNote()).map((task) => task.attrs.actionItemId)).toEqual(
      ['k1', 'k2', 'k3'].map((key) => result.assignedActionItemIds[key]),
    );
  });

  it('saving the same note again changes nothing, and a retry without the ids does not make twins', async () => {
    await save(threeTasks());
    await save(threeTasks());
    await save(await openNote());
    expect(await listItems()).toHaveLength(3);
  });

  it('uses the owner and due date set on the task item, and no due date when nothing is scheduled next', async () => {
    await app.call('meetings.setStatus', { id: meetingId + 1, status: 'cancelled' });
    await save(
      doc(
        taskList(
          taskItem('Call legal', { clientKey: 'a', owner: 'manager' }),
          taskItem('Demo', { clientKey: 'b', dueDate: '2026-12-10' }),
        ),
      ),
    );
    expect((await listItems()).map(({ owner, dueDate }) => ({ owner, dueDate }))).toEqual([
      { owner: 'rep', dueDate: '2026-12-10' },
      { owner: 'manager', dueDate: null },
    ]);
  });

  it('ticking marks it done today; unticking reopens it', async () => {
    const { assignedActionItemIds: ids } = await save(threeTasks());
    const note = await openNote();
    const ticked = doc(
      ...(note.content ?? []).slice(0, 1),
      taskList(taskItem('Send the Acme proposal', { actionItemId: ids.k1, checked: true })),
    );
    await save(ticked);
    const done = (await listItems()).find((item) => item.id === ids.k1);
    expect(done).toMatchObject({ status: 'done', completedOn: '2026-11-27' });
    await save(doc(taskList(taskItem('Send the Acme proposal', { actionItemId: ids.k1, checked: false }))));
    expect((await listItems()).find((item) => item.id === ids.k1)).toMatchObject({ status: 'open', completedOn: null });
  });

  it('editing the text renames the item; emptying it keeps the old title', async () => {
    const { assignedActionItemIds: ids } = await save(doc(taskList(taskItem('Send proposal', { clientKey: 'k1' }))));
    await save(doc(taskList(taskItem('Send the revised proposal to Acme', { actionItemId: ids.k1 }))));
    expect((await listItems())[0]?.title).toBe('Send the revised proposal to Acme');
    await save(doc(taskList(taskItem('', { actionItemId: ids.k1 }))));
    expect((await listItems())[0]?.title).toBe('Send the revised proposal to Acme');
  });

  it('removing a task item drops the action item, and undo brings it back', async () => {
    const { assignedActionItemIds: ids } = await save(threeTasks());
    const full = await openNote();
    const withoutSecond = JSON.parse(JSON.stringify(full)) as TiptapDoc;
    withoutSecond.content?.[1]?.content?.splice(1, 1);
    await save(withoutSecond);
    expect((await listItems()).find((item) => item.id === ids.k2)).toMatchObject({
      status: 'dropped',
      completedOn: '2026-11-27',
    });
    expect(taskItemsOf(await openNote()).map((task) => task.title)).toEqual([
      'Send the Acme proposal',
      'Share the pricing deck',
    ]);

    await save(full);
    expect((await listItems()).find((item) => item.id === ids.k2)).toMatchObject({ status: 'open', completedOn: null });
    expect(await app.call('actionItems.list', { repId })).toHaveLength(3);
  });

  it('lists the meeting’s action items in note order, following a move', async () => {
    const { assignedActionItemIds: ids } = await save(threeTasks());
    const moved = await save(
      doc(
        taskList(
          taskItem('Share the pricing deck', { actionItemId: ids.k3 }),
          taskItem(
            'Send the Acme proposal',
            { actionItemId: ids.k1 },
            taskList(taskItem('Book the QBR with Globex', { actionItemId: ids.k2 })),
          ),
        ),
      ),
    );
    expect(moved.actionItems.map((item) => item.id)).toEqual([ids.k3, ids.k1, ids.k2]);
    expect((await app.call('meetings.open', { id: meetingId })).actionItems.map((item) => item.id)).toEqual([
      ids.k3,
      ids.k1,
      ids.k2,
    ]);
  });

  it('drops a removed item the same way after a restart (the note as stored is the reference)', async () => {
    const { assignedActionItemIds: ids } = await save(threeTasks());
    await save(await openNote(), doc(paragraph('Private only')));
    const first = app;
    await first.core.close();
    app = await startTempCore(first.dataDir, { clock: fixedClock(FRIDAY_MORNING) });
    await save(doc(taskList(taskItem('Send the Acme proposal', { actionItemId: ids.k1 }))));
    expect((await listItems()).map((item) => [item.id, item.status])).toEqual([
      [ids.k1, 'open'],
      [ids.k2, 'dropped'],
      [ids.k3, 'dropped'],
    ]);
    await app.dispose();
    app = first; // its dispose removes the temp folder
  });

  it('a pasted copy of a task item becomes a new action item', async () => {
    const { assignedActionItemIds: ids } = await save(doc(taskList(taskItem('Call Acme', { clientKey: 'k1' }))));
    const result = await save(
      doc(
        taskList(
          taskItem('Call Acme', { actionItemId: ids.k1, clientKey: 'k1' }),
          taskItem('Call Acme', { actionItemId: ids.k1, clientKey: 'k9' }),
        ),
      ),
    );
    expect(await listItems()).toHaveLength(2);
    expect(result.assignedActionItemIds.k9).not.toBe(ids.k1);
    expect(new Set(taskItemsOf(await openNote()).map((task) => task.attrs.actionItemId)).size).toBe(2);
  });

  it('edits made from the action-item list show in the note when it is opened again', async () => {
    const { assignedActionItemIds: ids } = await save(threeTasks());
    await app.call('actionItems.update', {
      id: ids.k1 ?? 0,
      title: 'Send the Acme proposal v2',
      owner: 'manager',
      dueDate: '2026-12-11',
    });
    await app.call('actionItems.update', { id: ids.k2 ?? 0, status: 'done' });
    await app.call('actionItems.update', { id: ids.k3 ?? 0, status: 'dropped' });
    const tasks = taskItemsOf(await openNote());
    expect(
      tasks.map(({ title, attrs }) => ({ title, checked: attrs.checked, owner: attrs.owner, dueDate: attrs.dueDate })),
    ).toEqual([
      { title: 'Send the Acme proposal v2', checked: false, owner: 'manager', dueDate: '2026-12-11' },
      { title: 'Book the QBR with Globex', checked: true, owner: 'rep', dueDate: '2026-12-04' },
    ]);
  });

  it('an item added from the form with this meeting shows in the note and is not dropped by a save that did not know it', async () => {
    await save(doc(paragraph('Intro')));
    const added = await app.call('actionItems.create', { repId, meetingId, title: 'Send the contract' });
    await save(doc(paragraph('Intro, edited')));
    expect((await listItems())[0]).toMatchObject({ id: added.id, status: 'open' });
    expect(taskItemsOf(await openNote())).toEqual([
      { title: 'Send the contract', attrs: expect.objectContaining({ actionItemId: added.id, checked: false }) },
    ]);
  });

  it('task items in the private notes create nothing', async () => {
    await save(doc(paragraph('Shared')), doc(taskList(taskItem('Talk to HR about Ana', { clientKey: 'p1' }))));
    expect(await listItems()).toEqual([]);
    expect(taskItemsOf((await app.call('meetings.open', { id: meetingId })).privateNotes)).toHaveLength(1);
  });
});

describe('saving notes', () => {
  it('refuses a stale revision with a clear message and changes nothing', async () => {
    await save(threeTasks());
    const error = await app.callError('meetings.saveNotes', {
      id: meetingId,
      baseRevision: 0,
      shared: doc(paragraph('Old tab text')),
    });
    expect(error).toEqual({
      code: 'conflict',
      message:
        'These notes were changed in another window since you opened them. Reload to see the newer version; your text was not saved over it.',
    });
    const opened = await app.call('meetings.open', { id: meetingId });
    expect(opened.notesRevision).toBe(1);
    expect(taskItemsOf(opened.sharedNotes)).toHaveLength(3);
    expect((await listItems()).every((item) => item.status === 'open')).toBe(true);
  });

  it('keeps the plain text searchable and saves notes of a cancelled one-on-one too', async () => {
    await app.call('meetings.setStatus', { id: meetingId, status: 'cancelled' });
    await save(doc(paragraph('Discussed the résumé of the Zephyr deal')), doc(paragraph('Private worry about quota')));
    const dataSource = app.core.dataSource;
    if (!dataSource) throw new Error('no database');
    const hits = await dataSource.query(
      `SELECT rowid FROM meeting_notes_fts WHERE meeting_notes_fts MATCH 'resume zephyr'`,
    );
    expect(hits).toEqual([{ rowid: meetingId }]);
    expect(
      await dataSource.query(`SELECT rowid FROM meeting_notes_fts WHERE private_notes_text MATCH 'quota'`),
    ).toEqual([{ rowid: meetingId }]);
  });

  it('opens a never-edited one-on-one with empty notes at revision 0', async () => {
    const opened = await app.call('meetings.open', { id: meetingId });
    expect(opened).toMatchObject({
      sharedNotes: { type: 'doc', content: [] },
      privateNotes: { type: 'doc', content: [] },
      notesRevision: 0,
    });
  });
});
