import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Editor } from '@tiptap/react';
import { describe, expect, test } from 'vitest';
import { pressKey, typeText } from '../../../src/renderer/src/features/notes-editor/test-support/editor-input';
import { renderNotesEditor } from './render-notes-editor';

/** Puts the cursor in the note, as clicking into it would. */
const focusEnd = (editor: Editor) => act(() => void editor.commands.focus('end'));

/** Attributes of the note's first task item (the first block is its task list). */
const firstTaskAttrs = (editor: Editor) => editor.state.doc.firstChild?.firstChild?.attrs;

const blockTypes = (json: { content?: { type: string }[] }) => (json.content ?? []).map((node) => node.type);

describe('NotesEditor', () => {
  test('has a labelled toolbar control for every formatting action', () => {
    renderNotesEditor();
    const toolbar = screen.getByRole('toolbar', { name: 'Shared notes formatting' });
    for (const name of [
      'Heading 1',
      'Heading 2',
      'Heading 3',
      'Bold',
      'Italic',
      'Underline',
      'Strikethrough',
      'Bullet list',
      'Ordered list',
      'Task list',
      'Blockquote',
      'Code',
      'Code block',
      'Link',
      'Remove link',
      'Horizontal line',
      'Undo',
      'Redo',
      'Keyboard shortcuts',
    ]) {
      expect(within(toolbar).getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByText('Shared with the rep')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Shared notes' })).toBeTruthy();
  });

  test('private notes say so, with a lock, on a tinted frame', () => {
    const { container } = renderNotesEditor({ kind: 'private' });
    expect(screen.getByText('Private — only you see this')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Private notes' })).toBeTruthy();
    expect(container.querySelector('[data-notes-kind="private"]')).toBeTruthy();
    expect(screen.queryByText('Shared with the rep')).toBeNull();
  });

  test('Markdown shortcuts make headings, lists and action items, and report each change', () => {
    const { editor, onChange } = renderNotesEditor();
    focusEnd(editor());
    act(() => {
      typeText(editor(), '# Pipeline');
      pressKey(editor(), 'Enter');
      typeText(editor(), '- Acme renewal');
      pressKey(editor(), 'Enter');
      pressKey(editor(), 'Enter');
      typeText(editor(), '1. Discovery');
      pressKey(editor(), 'Enter');
      pressKey(editor(), 'Enter');
      typeText(editor(), '[ ] Send recap');
    });
    const json = editor().getJSON();
    // StarterKit keeps an empty paragraph at the end so there is always somewhere to type.
    expect(blockTypes(json)).toEqual(['heading', 'bulletList', 'orderedList', 'taskList', 'paragraph']);
    expect(json.content?.[0]).toMatchObject({ attrs: { level: 1 } });
    const last = onChange.mock.lastCall?.[0]();
    expect(last).toEqual(json);
    expect(last.content[3].content[0].attrs).toMatchObject({
      owner: 'rep',
      actionItemId: null,
      clientKey: expect.any(String),
    });
  });

  test('a shared task item shows its owner/due chip, and the chip changes the action item', async () => {
    const user = userEvent.setup();
    const { editor, onChange } = renderNotesEditor({ defaultDueDate: '2026-12-04' });
    focusEnd(editor());
    act(() => typeText(editor(), '[ ] Send recap'));
    const chip = await screen.findByRole('button', { name: /Owner and due date of “Send recap”: Rep · due/ });
    expect(chip.textContent).toMatch(/^Rep · due (4 Dec|Dec 4)$/);

    await user.click(chip);
    const dialog = await screen.findByRole('dialog', { name: /Owner and due date of “Send recap”/ });
    await user.click(within(dialog).getByText('You'));
    await waitFor(() => expect(firstTaskAttrs(editor())).toMatchObject({ owner: 'manager' }));
    await user.click(within(dialog).getByRole('button', { name: '18 December 2026' }));
    await waitFor(() => expect(firstTaskAttrs(editor())).toMatchObject({ owner: 'manager', dueDate: '2026-12-18' }));
    await user.click(within(dialog).getByRole('button', { name: 'Clear due date' }));
    await waitFor(() => expect(firstTaskAttrs(editor())).toMatchObject({ owner: 'manager', dueDate: null }));
    expect(onChange.mock.lastCall?.[0]().content[0].content[0].attrs).toMatchObject({
      owner: 'manager',
      dueDate: null,
    });
    expect(screen.getByRole('button', { name: /Owner and due date of “Send recap”: You · no due date/ })).toBeTruthy();
  });

  test('Ctrl/⌘-Shift-A inside an action item opens its owner and due date popover', async () => {
    const { editor } = renderNotesEditor();
    focusEnd(editor());
    act(() => typeText(editor(), '[ ] Send recap'));
    await screen.findByRole('button', { name: /Owner and due date of “Send recap”/ });
    act(() => void editor().commands.keyboardShortcut('Mod-Shift-a'));
    expect(await screen.findByRole('dialog', { name: /Owner and due date of “Send recap”/ })).toBeTruthy();
  });

  test('ticking the checkbox marks the task item done', async () => {
    const { editor } = renderNotesEditor();
    focusEnd(editor());
    act(() => typeText(editor(), '[ ] Send recap'));
    const checkbox = await screen.findByRole('checkbox', { name: 'Task item checkbox for Send recap' });
    fireEvent.click(checkbox);
    await waitFor(() => expect(firstTaskAttrs(editor())).toMatchObject({ checked: true }));
  });

  test('private task items have no action item chip', async () => {
    const { editor } = renderNotesEditor({ kind: 'private' });
    focusEnd(editor());
    act(() => typeText(editor(), '[ ] Think about comp plan'));
    await screen.findByRole('checkbox', { name: 'Task item checkbox for Think about comp plan' });
    expect(screen.queryByRole('button', { name: /Owner and due date/ })).toBeNull();
  });

  test('the link form refuses a javascript: URL and adds an https one', async () => {
    const user = userEvent.setup();
    const { editor } = renderNotesEditor({
      initialContent: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Deal room' }] }] },
    });
    act(() => {
      editor().commands.selectAll();
    });
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const address = await screen.findByRole('textbox', { name: 'Link address' });
    await user.type(address, 'javascript:alert(1){Enter}');
    expect(await screen.findByText('Only web (http, https) and email (mailto) links can be added')).toBeTruthy();
    expect(editor().getHTML()).not.toContain('<a');
    await user.clear(address);
    await user.type(address, 'crm.example.com/deals/42{Enter}');
    await waitFor(() => expect(editor().getHTML()).toContain('href="https://crm.example.com/deals/42"'));
  });

  test('the link form adds an email link as the shell will open it, and refuses a disguised web link', async () => {
    const user = userEvent.setup();
    const { editor } = renderNotesEditor({
      initialContent: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mail Ana' }] }] },
    });
    act(() => {
      editor().commands.selectAll();
    });
    await user.click(screen.getByRole('button', { name: 'Link' }));
    const address = await screen.findByRole('textbox', { name: 'Link address' });
    await user.type(address, 'https://bank.com@evil.com/{Enter}');
    expect(await screen.findByText('Only web (http, https) and email (mailto) links can be added')).toBeTruthy();
    await user.clear(address);
    await user.type(address, ' MAILTO:ana@example.com?subject=Q3 forecast {Enter}');
    await waitFor(() => expect(editor().getHTML()).toContain('href="mailto:ana@example.com?subject=Q3%20forecast"'));
  });

  test('Mod-k opens the link form of this editor only', async () => {
    const { editor } = renderNotesEditor();
    act(() => void editor().commands.keyboardShortcut('Mod-k'));
    expect(await screen.findByRole('textbox', { name: 'Link address' })).toBeTruthy();
  });

  test('the keyboard shortcuts popover lists the task list shortcut', async () => {
    const user = userEvent.setup();
    renderNotesEditor();
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(dialog).getByText('Task list (action items)')).toBeTruthy();
    expect(within(dialog).getByText('Ctrl+Shift+9')).toBeTruthy();
  });

  test('a brand-new meeting (empty doc) can be typed into', () => {
    const { editor, onChange } = renderNotesEditor({ kind: 'private', initialContent: { type: 'doc', content: [] } });
    focusEnd(editor());
    act(() => typeText(editor(), 'Comp plan worries'));
    expect(onChange.mock.lastCall?.[0]()).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Comp plan worries' }] }],
    });
  });

  test('blur is reported, for the autosave flush', () => {
    let blurred = 0;
    const { editor } = renderNotesEditor({ onBlur: () => (blurred += 1) });
    fireEvent.focus(editor().view.dom);
    fireEvent.blur(editor().view.dom);
    expect(blurred).toBeGreaterThanOrEqual(1);
  });
});
