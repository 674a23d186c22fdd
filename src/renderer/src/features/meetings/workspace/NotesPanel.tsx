import { useCallback, type Ref } from 'react';
import { Alert, Button, Group, Tabs, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock, IconRefresh, IconUsers } from '@tabler/icons-react';
import type { Editor } from '@tiptap/react';
import type { TiptapDoc } from '@shared/notes/tiptap-json';
import type { NotesKind } from '../../notes-editor/notes-extensions';
import { NotesEditor } from '../../notes-editor/NotesEditor';

interface NotesPanelProps {
  meetingId: number;
  shared: TiptapDoc;
  private: TiptapDoc;
  onChange: (kind: NotesKind, read: () => TiptapDoc) => void;
  onBlur: () => void;
  sharedEditorRef: Ref<Editor | null>;
  /** New action items are due by the next one-on-one (yyyy-MM-dd). */
  defaultDueDate: string | null;
  /** Set when a save was refused because the notes changed elsewhere. */
  conflict: { message: string | null; onReload: () => void } | null;
}

/**
 * The centre of the workspace: shared and private notes as two tabs. Both editors stay mounted
 * and are only hidden with display: none. Mantine's default ('activity') runs effect cleanups on
 * the hidden tab, which destroys a TipTap editor and rebuilds it from its initial content: the
 * text typed since opening would vanish from the screen and undo history with it.
 */
export function NotesPanel(props: NotesPanelProps) {
  const { meetingId, onChange, onBlur, sharedEditorRef, defaultDueDate, conflict } = props;
  // Stable handlers: the editor re-subscribes whenever they change.
  const onSharedChange = useCallback((read: () => TiptapDoc) => onChange('shared', read), [onChange]);
  const onPrivateChange = useCallback((read: () => TiptapDoc) => onChange('private', read), [onChange]);
  return (
    <section aria-label="Notes">
      {conflict ? (
        <Alert
          color="red"
          variant="light"
          mb="sm"
          icon={<IconAlertTriangle aria-hidden />}
          title="Changed in another window — Reload"
          role="alert"
        >
          <Text size="sm" mb="xs">
            {conflict.message ?? 'These notes were saved somewhere else since you opened them.'} Nothing was
            overwritten; reload to see the newer notes. Copy anything you typed here first if you want to keep it.
          </Text>
          <Group>
            <Button
              size="xs"
              color="red"
              variant="white"
              leftSection={<IconRefresh size={14} aria-hidden />}
              onClick={conflict.onReload}
            >
              Reload
            </Button>
          </Group>
        </Alert>
      ) : null}
      <Tabs defaultValue="shared" keepMounted keepMountedMode="display-none" variant="outline" radius="md">
        <Tabs.List>
          <Tabs.Tab value="shared" leftSection={<IconUsers size={16} aria-hidden />}>
            Shared notes
          </Tabs.Tab>
          <Tabs.Tab value="private" leftSection={<IconLock size={16} aria-hidden />} color="violet">
            Private notes
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="shared" pt="sm">
          <NotesEditor
            key={`${meetingId}-shared`}
            kind="shared"
            initialContent={props.shared}
            onChange={onSharedChange}
            onBlur={onBlur}
            editorRef={sharedEditorRef}
            defaultDueDate={defaultDueDate}
            editable={!conflict}
          />
        </Tabs.Panel>
        <Tabs.Panel value="private" pt="sm">
          <NotesEditor
            key={`${meetingId}-private`}
            kind="private"
            initialContent={props.private}
            onChange={onPrivateChange}
            onBlur={onBlur}
            editable={!conflict}
          />
        </Tabs.Panel>
      </Tabs>
    </section>
  );
}
