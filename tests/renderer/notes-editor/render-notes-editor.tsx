import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { Editor } from '@tiptap/react';
import { createRef } from 'react';
import { vi } from 'vitest';
import '../../../src/renderer/src/features/notes-editor/test-support/jsdom-shims';
import { NotesEditor, type NotesEditorProps } from '../../../src/renderer/src/features/notes-editor/NotesEditor';
import { theme } from '../../../src/renderer/src/theme/theme';

export const emptyDoc = { type: 'doc' as const, content: [] };

/** Renders one notes editor the way the meeting screen will; returns the TipTap editor too. */
export function renderNotesEditor(
  props: Partial<NotesEditorProps> = {},
): RenderResult & { editor: () => Editor; onChange: ReturnType<typeof vi.fn> } {
  const editorRef = createRef<Editor | null>();
  const onChange = vi.fn();
  const result = render(
    <MantineProvider theme={theme} env="test">
      <NotesEditor kind="shared" initialContent={emptyDoc} onChange={onChange} editorRef={editorRef} {...props} />
    </MantineProvider>,
  );
  const editor = () => {
    if (!editorRef.current) throw new Error('the editor was not created');
    return editorRef.current;
  };
  return { ...result, editor, onChange };
}
