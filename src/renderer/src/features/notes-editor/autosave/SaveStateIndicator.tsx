import { Button, Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCloudUpload, IconRefreshAlert } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SaveState } from './notes-autosave';
import { useAutosaveSnapshot, type NotesAutosaveHandle } from './use-notes-autosave';

interface SaveStateIndicatorProps {
  state: SaveState;
  /** The error behind "retrying" or "conflict", shown as a tooltip and to screen readers. */
  message?: string | null;
  /** Shown as a "Reload" button on a conflict: the only way out that loses nothing. */
  onReload?: () => void;
}

const LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  // A save is already scheduled (under a second away): no need to alarm anyone.
  unsaved: 'Saving…',
  retrying: 'Not saved — retrying',
  conflict: 'Conflict — reload',
};

const ICONS: Record<SaveState, ReactNode> = {
  saved: <IconCircleCheck size={16} color="var(--mantine-color-green-text)" aria-hidden />,
  saving: <Loader size={14} aria-hidden />,
  unsaved: <IconCloudUpload size={16} color="var(--mantine-color-dimmed)" aria-hidden />,
  retrying: <IconRefreshAlert size={16} color="var(--mantine-color-orange-text)" aria-hidden />,
  conflict: <IconAlertTriangle size={16} color="var(--mantine-color-red-text)" aria-hidden />,
};

/** The always-visible save state of a one-on-one's notes ("Saved", "Saving…", "Not saved — retrying"). */
export function SaveStateIndicator({ state, message, onReload }: SaveStateIndicatorProps) {
  const problem = state === 'retrying' || state === 'conflict';
  const text = (
    <Text size="sm" c={problem ? (state === 'conflict' ? 'red' : 'orange') : 'dimmed'}>
      {LABELS[state]}
    </Text>
  );
  return (
    <Group gap={6} wrap="nowrap" data-save-state={state}>
      <Group gap={6} wrap="nowrap" role="status" aria-live="polite" aria-atomic="true">
        {ICONS[state]}
        {problem && message ? (
          <Tooltip label={message} multiline w={280} withArrow>
            {text}
          </Tooltip>
        ) : (
          text
        )}
        {problem && message ? (
          <Text span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
            {message}
          </Text>
        ) : null}
      </Group>
      {state === 'conflict' && onReload ? (
        <Button size="compact-xs" variant="light" color="red" onClick={onReload}>
          Reload
        </Button>
      ) : null}
    </Group>
  );
}

/** The indicator for a live autosave: only this small component re-renders when the state changes. */
export function AutosaveStateIndicator({
  autosave,
  onReload,
}: {
  autosave: NotesAutosaveHandle;
  onReload?: () => void;
}) {
  const { state, message } = useAutosaveSnapshot(autosave);
  return <SaveStateIndicator state={state} message={message} onReload={onReload} />;
}
