import { Badge, Group } from '@mantine/core';
import { RichTextEditor } from '@mantine/tiptap';
import { IconLock, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { KeyboardShortcutsHelp } from './KeyboardShortcutsHelp';
import type { NotesKind } from './notes-extensions';
import { NotesLinkControl } from './NotesLinkControl';

interface NotesToolbarProps {
  kind: NotesKind;
  linkRequest: number;
  /** Shown at the right end of the toolbar, e.g. the save state. */
  rightSection?: ReactNode;
}

/** Who can see these notes, always in view (the toolbar is sticky). */
export function NotesAudienceBadge({ kind }: { kind: NotesKind }) {
  return kind === 'private' ? (
    <Badge color="violet" variant="filled" leftSection={<IconLock size={12} aria-hidden />} tt="none">
      Private — only you see this
    </Badge>
  ) : (
    <Badge color="blue" variant="light" leftSection={<IconUsers size={12} aria-hidden />} tt="none">
      Shared with the rep
    </Badge>
  );
}

/** Formatting controls; every one has an aria-label (Mantine's defaults: "Bold", "Heading 1", …). */
export function NotesToolbar({ kind, linkRequest, rightSection }: NotesToolbarProps) {
  return (
    <RichTextEditor.Toolbar
      sticky
      stickyOffset={0}
      aria-label={kind === 'private' ? 'Private notes formatting' : 'Shared notes formatting'}
      role="toolbar"
    >
      <NotesAudienceBadge kind={kind} />
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.H1 />
        <RichTextEditor.H2 />
        <RichTextEditor.H3 />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Bold />
        <RichTextEditor.Italic />
        <RichTextEditor.Underline />
        <RichTextEditor.Strikethrough />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.BulletList />
        <RichTextEditor.OrderedList />
        <RichTextEditor.TaskList />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Blockquote />
        <RichTextEditor.Code />
        <RichTextEditor.CodeBlock />
        <RichTextEditor.Hr />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <NotesLinkControl openRequest={linkRequest} />
        <RichTextEditor.Unlink />
      </RichTextEditor.ControlsGroup>
      <RichTextEditor.ControlsGroup>
        <RichTextEditor.Undo />
        <RichTextEditor.Redo />
      </RichTextEditor.ControlsGroup>
      <Group gap="xs" ml="auto" wrap="nowrap">
        {rightSection}
        <KeyboardShortcutsHelp />
      </Group>
    </RichTextEditor.Toolbar>
  );
}
