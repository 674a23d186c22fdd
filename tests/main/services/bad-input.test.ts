import { beforeEach, describe, expect, it } from 'vitest';
import { doc, paragraph, taskItem, taskList } from '../../shared/support/notes';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { refusedUnchanged } from '../support/refused-unchanged';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));
let repId: number;
let meetingId: number;
let itemId: number;
const savedNote = doc(
  paragraph('Acme is close to signing.'),
  taskList(taskItem('Send the proposal', { clientKey: 'k1' })),
);

beforeEach(async () => {
  repId = (await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' })).id;
  meetingId = (await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 27, 8) })).id;
  const saved = await app.call('meetings.saveNotes', { id: meetingId, baseRevision: 0, shared: savedNote });
  itemId = saved.assignedActionItemIds.k1 ?? 0;
});

/** Everything a bad call could have touched. */
const expectRefusedUnchanged = refusedUnchanged(app, [
  'meetings',
  'action_items',
  'talking_points',
  'agenda_templates',
]);

describe('bad input gets a clear error at the boundary and changes nothing', () => {
  it('a note over 5 MB', async () => {
    const huge = doc(paragraph('x'.repeat(5 * 1024 * 1024 + 1)));
    await expectRefusedUnchanged(
      'meetings.saveNotes',
      { id: meetingId, baseRevision: 1, shared: huge },
      {
        code: 'invalid_input',
        field: 'shared',
        message: expect.stringContaining('too large'),
      },
    );
    await expectRefusedUnchanged(
      'meetings.saveNotes',
      { id: meetingId, baseRevision: 1, private: huge },
      { field: 'private' },
    );
  });

  it('malformed editor JSON', async () => {
    for (const shared of [
      '<p>hello</p>',
      [],
      null,
      { type: 'paragraph', content: [] },
      { type: 'doc', content: 'text' },
      { content: [] },
    ]) {
      await expectRefusedUnchanged(
        'meetings.saveNotes',
        { id: meetingId, baseRevision: 1, shared },
        { code: 'invalid_input' },
      );
    }
    await expectRefusedUnchanged(
      'meetings.saveNotes',
      {
        id: meetingId,
        baseRevision: 1,
        shared: { type: 'doc', content: [{ type: 'paragraph', content: [{ text: 1 }] }] },
      },
      {
        code: 'invalid_input',
      },
    );
  });

  it('unknown rep ids', async () => {
    const notFound = { code: 'not_found', message: expect.stringContaining('No rep with id 999') };
    await expectRefusedUnchanged('meetings.schedule', { repId: 999, scheduledAt: localInstant(2026, 12, 1) }, notFound);
    await expectRefusedUnchanged('meetings.suggestSlot', { repId: 999 }, notFound);
    await expectRefusedUnchanged('meetings.listForRep', { repId: 999 }, notFound);
    await expectRefusedUnchanged('actionItems.create', { repId: 999, title: 'Call Acme' }, notFound);
    await expectRefusedUnchanged('actionItems.list', { repId: 999 }, notFound);
    await expectRefusedUnchanged('talkingPoints.queue', { repId: 999, text: 'Budget' }, notFound);
    await expectRefusedUnchanged('templates.setRepDefault', { repId: 999, templateId: null }, notFound);
  });

  it('unknown one-on-one, action item and template ids', async () => {
    const notFound = { code: 'not_found' };
    await expectRefusedUnchanged('meetings.open', { id: 999 }, notFound);
    await expectRefusedUnchanged('meetings.saveNotes', { id: 999, baseRevision: 0, shared: doc() }, notFound);
    await expectRefusedUnchanged('meetings.reschedule', { id: 999, scheduledAt: localInstant(2026, 12, 1) }, notFound);
    await expectRefusedUnchanged('meetings.setStatus', { id: 999, status: 'held' }, notFound);
    await expectRefusedUnchanged('meetings.setStatus', { id: 999, status: 'cancelled' }, notFound);
    await expectRefusedUnchanged('meetings.cancellation', { id: 999 }, notFound);
    await expectRefusedUnchanged('meetings.updateAgenda', { id: 999, agenda: [] }, notFound);
    await expectRefusedUnchanged('actionItems.create', { repId, meetingId: 999, title: 'Call Acme' }, notFound);
    await expectRefusedUnchanged('actionItems.update', { id: 999, status: 'done' }, notFound);
    await expectRefusedUnchanged(
      'meetings.schedule',
      { repId, scheduledAt: localInstant(2026, 12, 1), templateId: 999 },
      notFound,
    );
    await expectRefusedUnchanged('templates.update', { id: 999, name: 'x', sections: [{ title: 'x' }] }, notFound);
    await expectRefusedUnchanged('talkingPoints.setDiscussed', { id: 999, meetingId, discussed: true }, notFound);
  });

  it('a due date that is not a date', async () => {
    const badDate = { code: 'invalid_input', field: 'dueDate' };
    await expectRefusedUnchanged('actionItems.create', { repId, title: 'Call Acme', dueDate: 'next Friday' }, badDate);
    await expectRefusedUnchanged('actionItems.create', { repId, title: 'Call Acme', dueDate: '2026-02-30' }, badDate);
    await expectRefusedUnchanged('actionItems.update', { id: itemId, dueDate: '27/11/2026' }, badDate);
    await expectRefusedUnchanged('actionItems.update', { id: itemId, dueDate: 20261127 }, badDate);
    await expectRefusedUnchanged(
      'meetings.saveNotes',
      {
        id: meetingId,
        baseRevision: 1,
        shared: doc(taskList(taskItem('Send the proposal', { actionItemId: itemId, dueDate: 'soon' }))),
      },
      { code: 'invalid_input', field: 'shared.dueDate', message: 'Due date must be a date (yyyy-mm-dd)' },
    );
  });

  it('a stale revision', async () => {
    await expectRefusedUnchanged(
      'meetings.saveNotes',
      { id: meetingId, baseRevision: 0, shared: doc(paragraph('Older tab')) },
      { code: 'conflict' },
    );
    await expectRefusedUnchanged(
      'meetings.saveNotes',
      { id: meetingId, baseRevision: 7, private: doc(paragraph('Newer?')) },
      { code: 'conflict' },
    );
  });

  it('other malformed input: times without an offset, empty titles, duplicate agenda lines', async () => {
    await expectRefusedUnchanged(
      'meetings.schedule',
      { repId, scheduledAt: '2026-12-01 10:00' },
      { field: 'scheduledAt' },
    );
    await expectRefusedUnchanged('actionItems.create', { repId, title: '   ' }, { field: 'title' });
    const line = { id: 'a', title: 'Pipeline', prompts: [], done: false };
    await expectRefusedUnchanged(
      'meetings.updateAgenda',
      { id: meetingId, agenda: [line, line] },
      { code: 'invalid_input', field: 'agenda' },
    );
  });
});
