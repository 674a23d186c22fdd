import '../../test-support/jsdom-shims';
import type { Editor, JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { closeHistory, undoDepth } from '@tiptap/pm/history';
import { afterEach, describe, expect, test } from 'vitest';
import { createTestEditor } from '../../test-support/create-test-editor';
import { pressKey, typeText } from '../../test-support/editor-input';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** Ends the current undo group, as a pause in typing would. */
const pause = (target: Editor) => target.view.dispatch(closeHistory(target.state.tr));

const taskItems = (doc: ProseMirrorNode) => {
  const items: { text: string; attrs: Record<string, unknown> }[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'taskItem') items.push({ text: node.textContent, attrs: { ...node.attrs } });
    return true;
  });
  return items;
};

interface TaskSpec {
  text?: string;
  checked?: boolean;
  actionItemId?: number | null;
  clientKey?: string | null;
  owner?: 'rep' | 'manager';
  dueDate?: string | null;
}

const taskDoc = (...items: TaskSpec[]): JSONContent & { content: JSONContent[] } => ({
  type: 'doc',
  content: [
    {
      type: 'taskList',
      content: items.map(({ text, ...attrs }) => ({
        type: 'taskItem',
        attrs,
        content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }],
      })),
    },
  ],
});

describe('action item task items', () => {
  test('typing "[ ] " starts an action item with a clientKey, owner rep and the default due date', () => {
    editor = createTestEditor({ defaultDueDate: '2026-12-04' });
    typeText(editor, '[ ] Send the pricing deck');
    expect(taskItems(editor.state.doc)).toEqual([
      {
        text: 'Send the pricing deck',
        attrs: { checked: false, actionItemId: null, clientKey: 'key-1', owner: 'rep', dueDate: '2026-12-04' },
      },
    ]);
  });

  test('the default due date can change while the editor is open (a new one-on-one was scheduled)', () => {
    editor = createTestEditor({ defaultDueDate: '2026-12-04' });
    editor.commands.setDefaultActionItemDueDate('2026-12-11');
    typeText(editor, '[ ] Later item');
    expect(taskItems(editor.state.doc)[0]?.attrs.dueDate).toBe('2026-12-11');
  });

  test('typing "[x] " starts a ticked one', () => {
    editor = createTestEditor();
    typeText(editor, '[x] Done already');
    expect(taskItems(editor.state.doc)[0]?.attrs).toMatchObject({ checked: true, clientKey: 'key-1' });
  });

  test('the toolbar toggle gives new task items a clientKey too', () => {
    editor = createTestEditor({ content: '<p>Call Acme</p>' });
    editor.commands.toggleTaskList();
    expect(taskItems(editor.state.doc)[0]?.attrs.clientKey).toBe('key-1');
  });

  test('Enter at the end makes a new action item that does not copy the id, key, owner or date', () => {
    editor = createTestEditor({
      content: taskDoc({
        text: 'Book exec call',
        actionItemId: 7,
        clientKey: 'abc',
        owner: 'manager',
        dueDate: '2026-12-01',
      }),
    });
    editor.commands.setTextSelection(1 + 1 + 1 + 'Book exec call'.length);
    pressKey(editor, 'Enter');
    typeText(editor, 'Follow up');
    expect(taskItems(editor.state.doc)).toEqual([
      {
        text: 'Book exec call',
        attrs: { checked: false, actionItemId: 7, clientKey: 'abc', owner: 'manager', dueDate: '2026-12-01' },
      },
      {
        text: 'Follow up',
        attrs: { checked: false, actionItemId: null, clientKey: 'key-1', owner: 'rep', dueDate: null },
      },
    ]);
  });

  test('Enter in the middle splits the text but only the first half keeps the action item', () => {
    editor = createTestEditor({ content: taskDoc({ text: 'Call Acme Email Bob', actionItemId: 7, clientKey: 'abc' }) });
    editor.commands.setTextSelection(3 + 'Call Acme '.length);
    pressKey(editor, 'Enter');
    const items = taskItems(editor.state.doc);
    expect(items.map((item) => [item.text, item.attrs.actionItemId, item.attrs.clientKey])).toEqual([
      ['Call Acme ', 7, 'abc'],
      ['Email Bob', null, 'key-1'],
    ]);
  });

  test('Enter at the start of an item opens a new line above and the item keeps its id with its text', () => {
    editor = createTestEditor({ content: taskDoc({ text: 'Call Acme', actionItemId: 7, clientKey: 'abc' }) });
    editor.commands.setTextSelection(3);
    pressKey(editor, 'Enter');
    const items = taskItems(editor.state.doc);
    expect(items.map((item) => [item.text, item.attrs.actionItemId, item.attrs.clientKey])).toEqual([
      ['', null, 'key-1'],
      ['Call Acme', 7, 'abc'],
    ]);
    expect(editor.state.selection.$from.parent.textContent).toBe('Call Acme');
  });

  test('a pasted copy of an item becomes a new action item; the original keeps its id', () => {
    editor = createTestEditor({ content: taskDoc({ text: 'Call Acme', actionItemId: 7, clientKey: 'abc' }) });
    editor.commands.insertContentAt(
      editor.state.doc.content.size,
      taskDoc({ text: 'Call Acme', actionItemId: 7, clientKey: 'abc' }).content,
    );
    expect(taskItems(editor.state.doc).map((item) => [item.attrs.actionItemId, item.attrs.clientKey])).toEqual([
      [7, 'abc'],
      [null, 'key-1'],
    ]);
  });

  test('applyAssignedActionItemIds sets ids by clientKey without adding an undo step', () => {
    editor = createTestEditor();
    typeText(editor, '[ ] First');
    pressKey(editor, 'Enter');
    typeText(editor, 'Second');
    pause(editor);
    typeText(editor, ' draft');
    const depthBefore = undoDepth(editor.state);
    editor.commands.applyAssignedActionItemIds({ 'key-1': 41, 'key-2': 42, unknown: 99 });
    expect(taskItems(editor.state.doc).map((item) => item.attrs.actionItemId)).toEqual([41, 42]);
    expect(undoDepth(editor.state)).toBe(depthBefore);
    // Undo takes back the typing, not the ids.
    editor.commands.undo();
    expect(taskItems(editor.state.doc).map((item) => [item.text, item.attrs.actionItemId])).toEqual([
      ['First', 41],
      ['Second', 42],
    ]);
  });

  test('undo then redo of a deleted item brings back its id, so no second action item is created', () => {
    editor = createTestEditor();
    typeText(editor, '[ ] Only item');
    editor.commands.applyAssignedActionItemIds({ 'key-1': 41 });
    pause(editor);
    editor.commands.selectAll();
    editor.commands.deleteSelection();
    expect(taskItems(editor.state.doc)).toEqual([]);
    editor.commands.undo();
    expect(
      taskItems(editor.state.doc).map((item) => [item.text, item.attrs.actionItemId, item.attrs.clientKey]),
    ).toEqual([['Only item', 41, 'key-1']]);
  });

  test('redo after undoing past the creation puts the assigned id back on the item', () => {
    editor = createTestEditor();
    typeText(editor, '[ ] Only item');
    editor.commands.applyAssignedActionItemIds({ 'key-1': 41 });
    while (editor.commands.undo()) {
      /* back to the empty note */
    }
    expect(taskItems(editor.state.doc)).toEqual([]);
    while (editor.commands.redo()) {
      /* forward to the item again */
    }
    expect(taskItems(editor.state.doc).map((item) => [item.attrs.clientKey, item.attrs.actionItemId])).toEqual([
      ['key-1', 41],
    ]);
  });

  test('attrs round-trip through JSON and HTML data- attributes', () => {
    const doc = taskDoc({
      text: 'Send recap',
      checked: true,
      actionItemId: 12,
      clientKey: 'k-12',
      owner: 'manager',
      dueDate: '2026-12-24',
    });
    editor = createTestEditor({ content: doc });
    expect(editor.getJSON()).toEqual(doc);
    const html = editor.getHTML();
    expect(html).toContain('data-action-item-id="12"');
    expect(html).toContain('data-client-key="k-12"');
    expect(html).toContain('data-owner="manager"');
    expect(html).toContain('data-due-date="2026-12-24"');
    const reopened = createTestEditor({ content: html });
    expect(reopened.getJSON()).toEqual(doc);
    reopened.destroy();
  });

  test('junk attrs from storage are read as defaults, not trusted', () => {
    editor = createTestEditor({
      content:
        '<ul data-type="taskList"><li data-type="taskItem" data-action-item-id="-3" data-owner="boss" data-due-date="tomorrow" data-client-key="k"><p>x</p></li></ul>',
    });
    expect(taskItems(editor.state.doc)[0]?.attrs).toMatchObject({
      actionItemId: null,
      owner: 'rep',
      dueDate: null,
      clientKey: 'k',
    });
  });

  test('private notes keep plain task items without action item attributes', () => {
    editor = createTestEditor({ kind: 'private' });
    typeText(editor, '[ ] Think about comp plan');
    expect(taskItems(editor.state.doc)[0]?.attrs).toEqual({ checked: false });
  });
});
