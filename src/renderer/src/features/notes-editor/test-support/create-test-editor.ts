import { Editor, type JSONContent } from '@tiptap/core';
import { buildNotesExtensions, type NotesExtensionsOptions } from '../notes-extensions';

/** A headless notes editor in jsdom, built from the same extensions as the real one. */
export function createTestEditor(
  options: Partial<NotesExtensionsOptions> & { content?: JSONContent | string } = {},
): Editor {
  let counter = 0;
  const element = document.createElement('div');
  document.body.appendChild(element);
  return new Editor({
    element,
    extensions: buildNotesExtensions({
      kind: 'shared',
      createClientKey: () => `key-${++counter}`,
      ...options,
    }),
    content: options.content ?? '',
  });
}
