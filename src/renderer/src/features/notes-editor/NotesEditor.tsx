import '@mantine/tiptap/styles.css';
import { RichTextEditor } from '@mantine/tiptap';
import { useEditor, type Editor, type JSONContent } from '@tiptap/react';
import { useEffect, useImperativeHandle, useState, type ReactNode, type Ref } from 'react';
import type { TiptapDoc } from '@shared/notes/tiptap-json';
import { buildNotesExtensions, type NotesKind } from './notes-extensions';
import { NotesToolbar } from './NotesToolbar';

export interface NotesEditorProps {
  kind: NotesKind;
  /** Read once when the editor is created; give the component a `key` (meeting id + kind) to load other notes. */
  initialContent: TiptapDoc;
  /** Every change, as a function that builds the whole document (feed it to useNotesAutosave's notifyChange). */
  onChange: (read: () => TiptapDoc) => void;
  /** Focus left the editor: the moment to flush the autosave. */
  onBlur?: () => void;
  placeholder?: string;
  /** The TipTap editor, e.g. to run `commands.applyAssignedActionItemIds` after a save. */
  editorRef?: Ref<Editor | null>;
  /** Due date new action items start with (yyyy-MM-dd): the next scheduled one-on-one. Shared notes only. */
  defaultDueDate?: string | null;
  /** Shown at the right end of the toolbar (the save state indicator). */
  toolbarRightSection?: ReactNode;
  editable?: boolean;
}

const isTiptapDoc = (json: JSONContent): json is TiptapDoc => json.type === 'doc';

/**
 * A new meeting's notes are `{ type: 'doc', content: [] }` (shared emptyDoc()). ProseMirror takes
 * that as a document with no block at all, where the cursor cannot go and typing is lost.
 */
const withAtLeastOneBlock = (doc: TiptapDoc): TiptapDoc =>
  doc.content && doc.content.length > 0 ? doc : { type: 'doc', content: [{ type: 'paragraph' }] };

/** Private notes are tinted and bordered so nobody mistakes them for what the rep will see. */
const frameStyles = (kind: NotesKind) =>
  kind === 'private'
    ? {
        root: { borderColor: 'var(--mantine-color-violet-outline)', borderWidth: 2 },
        content: { backgroundColor: 'var(--mantine-color-violet-light)' },
      }
    : { root: {}, content: {} };

/**
 * The rich-text editor for a one-on-one's shared or private notes (Mantine's RichTextEditor on
 * TipTap). In shared notes a task item is an action item: see extensions/action-item-task.
 */
export function NotesEditor(props: NotesEditorProps) {
  const {
    kind,
    initialContent,
    onChange,
    onBlur,
    placeholder,
    editorRef,
    defaultDueDate = null,
    toolbarRightSection,
    editable = true,
  } = props;
  const [linkRequest, setLinkRequest] = useState(0);

  const editor = useEditor(
    {
      extensions: buildNotesExtensions({
        kind,
        placeholder,
        defaultDueDate,
        onEditLinkRequest: () => setLinkRequest((count) => count + 1),
      }),
      content: withAtLeastOneBlock(initialContent),
      editable,
      editorProps: {
        attributes: {
          'aria-label': kind === 'private' ? 'Private notes' : 'Shared notes',
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: 'true',
        },
      },
    },
    // Built once per kind: rebuilding on every new callback would lose undo history and the cursor.
    [kind],
  );

  // Callbacks are subscribed here rather than passed to useEditor, so new ones take effect
  // without rebuilding the editor.
  useEffect(() => {
    if (!editor) return undefined;
    const handleUpdate = () => {
      // The state is immutable: capture it now, serialise it only if a save needs it.
      const state = editor.state.doc;
      onChange(() => {
        const json = state.toJSON() as JSONContent;
        if (!isTiptapDoc(json)) throw new Error('The editor produced a note without a document node');
        return json;
      });
    };
    const handleBlur = () => onBlur?.();
    editor.on('update', handleUpdate);
    editor.on('blur', handleBlur);
    return () => {
      editor.off('update', handleUpdate);
      editor.off('blur', handleBlur);
    };
  }, [editor, onChange, onBlur]);

  useEffect(() => {
    if (editor && kind === 'shared') editor.commands.setDefaultActionItemDueDate(defaultDueDate);
  }, [editor, kind, defaultDueDate]);

  useEffect(() => {
    // false: toggling editability is not an edit, so it must not emit an update (and trigger a save).
    editor?.setEditable(editable, false);
  }, [editor, editable]);

  useImperativeHandle(editorRef, () => editor, [editor]);

  return (
    <RichTextEditor
      editor={editor}
      styles={frameStyles(kind)}
      data-notes-kind={kind}
      aria-label={kind === 'private' ? 'Private notes editor' : 'Shared notes editor'}
    >
      <NotesToolbar kind={kind} linkRequest={linkRequest} rightSection={toolbarRightSection} />
      <RichTextEditor.Content />
    </RichTextEditor>
  );
}
