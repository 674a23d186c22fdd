import type { Editor } from '@tiptap/core';

/**
 * Types `text` one character at a time through ProseMirror's handleTextInput props, the path a
 * real keystroke takes, so input rules ("# ", "[ ] ") fire as they would for a user.
 */
export function typeText(editor: Editor, text: string): void {
  const { view } = editor;
  for (const char of text) {
    const { from, to } = view.state.selection;
    const deflt = () => view.state.tr.insertText(char, from, to);
    const handled = view.someProp('handleTextInput', (handler) => handler(view, from, to, char, deflt));
    if (!handled) view.dispatch(deflt());
  }
}

/** Presses a key through the editor's keymaps (Enter, Mod-z, …). */
export function pressKey(editor: Editor, key: string): boolean {
  return editor.commands.keyboardShortcut(key);
}
