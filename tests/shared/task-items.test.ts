import { describe, expect, it } from 'vitest';
import {
  extractTaskItems,
  refreshTaskItems,
  setTaskItemIds,
  taskItemAttrProblems,
  type TaskItemSource,
} from '@shared/notes/task-items';
import { doc, heading, paragraph, taskItem, taskItemsOf, taskList } from './support/notes';

const item = (overrides: Partial<TaskItemSource> & { id: number }): TaskItemSource => ({
  title: 'Call Acme',
  owner: 'rep',
  dueDate: null,
  status: 'open',
  ...overrides,
});

describe('extractTaskItems', () => {
  it('reads every task item in document order, nested ones included, with its own text as title', () => {
    const note = doc(
      heading('Action items'),
      taskList(
        taskItem(
          '  Send  the Acme   proposal ',
          { actionItemId: 4, checked: true, owner: 'manager', dueDate: '2026-12-04' },
          taskList(taskItem('Ask legal about terms', { clientKey: 'k1' })),
        ),
        taskItem('Book the QBR', { clientKey: 'k2', dueDate: null }),
      ),
    );
    expect(extractTaskItems(note)).toEqual([
      {
        index: 0,
        title: 'Send the Acme proposal',
        checked: true,
        actionItemId: 4,
        clientKey: null,
        owner: 'manager',
        dueDate: '2026-12-04',
      },
      {
        index: 1,
        title: 'Ask legal about terms',
        checked: false,
        actionItemId: null,
        clientKey: 'k1',
        owner: undefined,
        dueDate: undefined,
      },
      {
        index: 2,
        title: 'Book the QBR',
        checked: false,
        actionItemId: null,
        clientKey: 'k2',
        owner: undefined,
        dueDate: null,
      },
    ]);
  });

  it('ignores ids that are not positive whole numbers and cuts titles at 500 characters', () => {
    const [first] = extractTaskItems(doc(taskList(taskItem('x'.repeat(600), { actionItemId: -3 }))));
    expect(first).toMatchObject({ actionItemId: null });
    expect(first?.title).toHaveLength(500);
  });
});

describe('taskItemAttrProblems', () => {
  it('names a due date that is not a date and an unknown owner', () => {
    expect(taskItemAttrProblems(doc(taskList(taskItem('a', { dueDate: 'next Friday' }))))).toEqual([
      { field: 'dueDate', message: 'Due date must be a date (yyyy-mm-dd)' },
    ]);
    expect(taskItemAttrProblems(doc(taskList(taskItem('a', { dueDate: '2026-02-30' }))))).toHaveLength(1);
    expect(taskItemAttrProblems(doc(taskList(taskItem('a', { owner: 'boss' }))))[0]?.field).toBe('owner');
    expect(taskItemAttrProblems(doc(taskList(taskItem('a', { owner: 'manager', dueDate: null }))))).toEqual([]);
  });
});

describe('setTaskItemIds', () => {
  it('writes ids into the given task items and leaves the input untouched', () => {
    const note = doc(
      paragraph('Intro'),
      taskList(taskItem('One', { clientKey: 'a' }), taskItem('Two', { clientKey: 'b' })),
    );
    const before = JSON.stringify(note);
    const updated = setTaskItemIds(note, new Map([[1, 42]]));
    expect(taskItemsOf(updated).map((task) => task.attrs.actionItemId)).toEqual([null, 42]);
    expect(JSON.stringify(note)).toBe(before);
    expect(updated.content?.[0]).toBe(note.content?.[0]);
  });
});

describe('refreshTaskItems', () => {
  it('shows edits made from the lists: ticked, renamed, new owner and due date', () => {
    const note = doc(
      taskList(
        taskItem('Call Acme', { actionItemId: 1, clientKey: 'k' }),
        taskItem('Other meeting', { actionItemId: 99 }),
      ),
    );
    const refreshed = refreshTaskItems(note, [
      item({ id: 1, title: 'Call Acme and Globex', status: 'done', owner: 'manager', dueDate: '2026-12-01' }),
    ]);
    expect(taskItemsOf(refreshed)).toEqual([
      {
        title: 'Call Acme and Globex',
        attrs: { checked: true, actionItemId: 1, clientKey: 'k', owner: 'manager', dueDate: '2026-12-01' },
      },
      { title: 'Other meeting', attrs: { checked: false, actionItemId: 99, clientKey: null } },
    ]);
  });

  it('keeps the node (and its marks) when nothing changed', () => {
    const task = taskItem('Call Acme', { actionItemId: 1, owner: 'rep', dueDate: null });
    const note = doc(taskList(task));
    expect(refreshTaskItems(note, [item({ id: 1 })])).toEqual(note);
  });

  it('leaves dropped items out, removing a task list they leave empty', () => {
    const note = doc(paragraph('Notes'), taskList(taskItem('Call Acme', { actionItemId: 1 })));
    expect(refreshTaskItems(note, [item({ id: 1, status: 'dropped' })])).toEqual(doc(paragraph('Notes')));
  });

  it('appends items of this meeting the note does not show yet (added from a form)', () => {
    const refreshed = refreshTaskItems(doc(paragraph('Notes')), [
      item({ id: 7, title: 'Send pricing', dueDate: '2026-12-04' }),
    ]);
    expect(taskItemsOf(refreshed)).toEqual([
      {
        title: 'Send pricing',
        attrs: { checked: false, actionItemId: 7, clientKey: null, owner: 'rep', dueDate: '2026-12-04' },
      },
    ]);
  });
});
