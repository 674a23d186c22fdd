import { describe, expect, it } from 'vitest';
import { extractTaskItems } from '@shared/notes/task-items';
import { planTaskItemSync, type MeetingActionItem } from '../../../src/main/domain/task-item-sync';
import { doc, taskItem, taskList } from '../../shared/support/notes';

const row = (overrides: Partial<MeetingActionItem> & { id: number }): MeetingActionItem => ({
  title: 'Call Acme',
  owner: 'rep',
  dueDate: '2026-12-04',
  status: 'open',
  position: 0,
  ...overrides,
});

const plan = (
  now: ReturnType<typeof doc>,
  meetingItems: MeetingActionItem[] = [],
  previous: ReturnType<typeof doc> = doc(),
  defaultDueDate: string | null = '2026-12-04',
) =>
  planTaskItemSync({
    taskItems: extractTaskItems(now),
    meetingItems,
    previousTaskItems: extractTaskItems(previous),
    defaultDueDate,
  });

describe('planTaskItemSync', () => {
  it('creates an item per new task item with text, owned by the rep and due at the next one-on-one', () => {
    const result = plan(
      doc(
        taskList(
          taskItem('Call Acme', { clientKey: 'a' }),
          taskItem('', { clientKey: 'b' }),
          taskItem('Book QBR', { clientKey: 'c', owner: 'manager', dueDate: null, checked: true }),
        ),
      ),
    );
    expect(result.creates).toEqual([
      {
        index: 0,
        clientKey: 'a',
        title: 'Call Acme',
        owner: 'rep',
        dueDate: '2026-12-04',
        status: 'open',
        position: 0,
      },
      { index: 2, clientKey: 'c', title: 'Book QBR', owner: 'manager', dueDate: null, status: 'done', position: 2 },
    ]);
    expect(result.updates).toEqual([]);
    expect(result.drops).toEqual([]);
  });

  it('updates only what changed: renamed, ticked, owner, due date, place in the note', () => {
    const result = plan(
      doc(
        taskList(
          taskItem('New', { actionItemId: 2 }),
          taskItem('Call Acme today', { actionItemId: 1, checked: true, owner: 'manager', dueDate: null }),
        ),
      ),
      [row({ id: 1 }), row({ id: 2, title: 'New', position: 0 })],
    );
    expect(result.updates).toEqual([
      { id: 1, changes: { title: 'Call Acme today', owner: 'manager', dueDate: null, status: 'done', position: 1 } },
    ]);
  });

  it('keeps the title when the text was emptied, and keeps owner and due date when the node does not say', () => {
    const result = plan(doc(taskList(taskItem('   ', { actionItemId: 1 }))), [row({ id: 1, owner: 'manager' })]);
    expect(result.updates).toEqual([]);
  });

  it('creates a new item for a pasted copy and for an id of another meeting', () => {
    const result = plan(
      doc(
        taskList(
          taskItem('Call Acme', { actionItemId: 1 }),
          taskItem('Call Acme', { actionItemId: 1 }),
          taskItem('Old item', { actionItemId: 50 }),
        ),
      ),
      [row({ id: 1 })],
    );
    expect(result.creates.map((create) => create.index)).toEqual([1, 2]);
    expect(result.updates).toEqual([]);
  });

  it('drops items that were in the note and are gone; an item never in the note is left alone', () => {
    const previous = doc(
      taskList(taskItem('Call Acme', { actionItemId: 1 }), taskItem('Done one', { actionItemId: 2, checked: true })),
    );
    const result = plan(
      doc(),
      [row({ id: 1 }), row({ id: 2, status: 'done' }), row({ id: 3, title: 'From the form' })],
      previous,
    );
    expect(result.drops).toEqual([1, 2]);
  });

  it('reopens a dropped item whose task item came back (undo), as done when ticked', () => {
    const result = plan(doc(taskList(taskItem('Call Acme', { actionItemId: 1, checked: true }))), [
      row({ id: 1, status: 'dropped' }),
    ]);
    expect(result.updates).toEqual([{ id: 1, changes: { status: 'done' } }]);
  });

  it('matches a task item still without its id to the one the last save gave its clientKey', () => {
    const previous = doc(taskList(taskItem('Call Acme', { actionItemId: 1, clientKey: 'a' })));
    const result = plan(doc(taskList(taskItem('Call Acme', { clientKey: 'a' }))), [row({ id: 1 })], previous);
    expect(result.creates).toEqual([]);
    expect(result.reusedIds).toEqual(new Map([[0, 1]]));
  });
});
