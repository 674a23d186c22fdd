/** What the notes editor does from the keyboard; shown in the toolbar's "Keyboard shortcuts" popover. */
export interface KeyboardShortcut {
  keys: string;
  action: string;
}

/** Shortcut text for this platform: "Mod" is ⌘ on macOS and Ctrl elsewhere. */
export function platformKeys(keys: string, isMac: boolean): string {
  return keys
    .split('-')
    .map((key) => {
      if (key === 'Mod') return isMac ? '⌘' : 'Ctrl';
      if (key === 'Alt') return isMac ? '⌥' : 'Alt';
      if (key === 'Shift') return isMac ? '⇧' : 'Shift';
      return key.length === 1 ? key.toUpperCase() : key;
    })
    .join(isMac ? '' : '+');
}

export const isMacPlatform = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** TipTap StarterKit's defaults plus the notes editor's own (task list, link, action item details). */
export const KEYBOARD_SHORTCUTS: readonly KeyboardShortcut[] = [
  { keys: 'Mod-b', action: 'Bold' },
  { keys: 'Mod-i', action: 'Italic' },
  { keys: 'Mod-u', action: 'Underline' },
  { keys: 'Mod-Shift-s', action: 'Strikethrough' },
  { keys: 'Mod-e', action: 'Inline code' },
  { keys: 'Mod-k', action: 'Add or edit link' },
  { keys: 'Mod-Alt-1', action: 'Heading 1 (2, 3 likewise)' },
  { keys: 'Mod-Alt-0', action: 'Normal text' },
  { keys: 'Mod-Shift-8', action: 'Bullet list' },
  { keys: 'Mod-Shift-7', action: 'Numbered list' },
  { keys: 'Mod-Shift-9', action: 'Task list (action items)' },
  { keys: 'Mod-Shift-a', action: 'Owner and due date of the action item' },
  { keys: 'Mod-Shift-b', action: 'Quote' },
  { keys: 'Mod-Alt-c', action: 'Code block' },
  { keys: 'Mod-z', action: 'Undo' },
  { keys: 'Mod-Shift-z', action: 'Redo' },
  { keys: 'Tab', action: 'Indent a bullet or numbered item' },
  { keys: 'Shift-Tab', action: 'Outdent a list item' },
  { keys: 'Mod-click', action: 'Open link in your browser' },
];

/** Typed at the start of a line. */
export const MARKDOWN_SHORTCUTS: readonly KeyboardShortcut[] = [
  { keys: '# ', action: 'Heading 1 (## and ### for 2 and 3)' },
  { keys: '- ', action: 'Bullet list' },
  { keys: '1. ', action: 'Numbered list' },
  { keys: '[ ] ', action: 'Action item ([x] ticked)' },
  { keys: '> ', action: 'Quote' },
  { keys: '```', action: 'Code block' },
  { keys: '---', action: 'Horizontal line' },
];
