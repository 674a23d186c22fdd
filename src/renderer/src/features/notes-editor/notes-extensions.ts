import type { AnyExtension } from '@tiptap/core';
import { getTaskListExtension } from '@mantine/tiptap';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import { Placeholder } from '@tiptap/extensions';
import { StarterKit } from '@tiptap/starter-kit';
import { ActionItemTask } from './extensions/action-item-task/action-item-task';
import { CleanPaste } from './extensions/clean-paste/clean-paste';
import { SafeLink, SafeLinkBehaviour } from './extensions/safe-links/safe-links';

export type NotesKind = 'shared' | 'private';

export interface NotesExtensionsOptions {
  kind: NotesKind;
  placeholder?: string;
  /** Due date a new action item starts with (yyyy-MM-dd), e.g. the next scheduled one-on-one. */
  defaultDueDate?: string | null;
  /** Mod-k: show the link form. */
  onEditLinkRequest?: () => void;
  /** Overrides for tests. */
  createClientKey?: () => string;
  openLink?: (href: string) => void;
}

export const DEFAULT_PLACEHOLDERS: Record<NotesKind, string> = {
  shared: 'Notes the rep may see. Type "[ ] " for an action item, "# " for a heading.',
  private: 'Private notes, only for you. They are never shared or exported unless you ask.',
};

/**
 * The editor schema and behaviour for one kind of notes. Only shared notes turn task items into
 * action items (docs/product-rules.md: action items are commitments shared with the rep); private notes keep
 * plain to-do items.
 */
export function buildNotesExtensions(options: NotesExtensionsOptions): AnyExtension[] {
  const taskItem =
    options.kind === 'shared'
      ? ActionItemTask.configure({
          createClientKey: options.createClientKey ?? (() => crypto.randomUUID()),
          defaultDueDate: options.defaultDueDate ?? null,
        })
      : TaskItem;
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      // Replaced below by the link mark with the app's URL rules.
      link: false,
    }),
    // Mantine's variant adds its checkbox styles and Mod-[ / Mod-] to lift/sink items.
    getTaskListExtension(TaskList),
    taskItem,
    SafeLink,
    SafeLinkBehaviour.configure({
      onEditLinkRequest: options.onEditLinkRequest ?? null,
      ...(options.openLink ? { openLink: options.openLink } : {}),
    }),
    CleanPaste,
    Placeholder.configure({ placeholder: options.placeholder ?? DEFAULT_PLACEHOLDERS[options.kind] }),
  ];
}
