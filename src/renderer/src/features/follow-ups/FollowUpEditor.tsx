import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { FOLLOW_UP_NOTE_MAX, isCarryOutcome, type FollowUpPanelItem } from '@shared/follow-ups/follow-up';
import { formatPickedDays } from '../../forms/date-input-formats';

export interface FollowUpDraft {
  note: string;
  newDueDate: string | null;
}

interface FollowUpEditorProps {
  item: FollowUpPanelItem;
  draft: FollowUpDraft;
  onChange: (draft: FollowUpDraft) => void;
  /** Re-records this meeting's outcome with the note and date; only offered once there is one. */
  onSave: () => void;
  onClose: () => void;
  /** The earliest new due date: the meeting's day (a due date in the past helps no one). */
  minDate: string;
  /** Move focus into the note at once (Enter); otherwise the editor opens beside the keyboard focus. */
  autoFocus: boolean;
}

/** The note of a follow-up and, for partly / not done, the new due date it carries to. */
export function FollowUpEditor({ item, draft, onChange, onSave, onClose, minDate, autoFocus }: FollowUpEditorProps) {
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) noteRef.current?.focus();
  }, [autoFocus]);
  const outcome = item.check?.outcome ?? null;
  const carries = outcome !== null && isCarryOutcome(outcome);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && outcome !== null) {
      event.preventDefault();
      onSave();
    }
  };

  return (
    <Stack
      gap="xs"
      mt="xs"
      onKeyDown={onKeyDown}
      role="group"
      data-follow-up-editor
      aria-label={`Note for ${item.title}`}
    >
      <Textarea
        ref={noteRef}
        label="Note"
        placeholder="What happened, in a sentence"
        rows={2}
        maxLength={FOLLOW_UP_NOTE_MAX}
        value={draft.note}
        onChange={(event) => onChange({ ...draft, note: event.currentTarget.value })}
      />
      {carries ? (
        <DatePickerInput
          label="New due date"
          description="Optional: when the rep will have it done instead."
          placeholder="Keep the current due date"
          clearable
          minDate={minDate}
          valueFormatter={formatPickedDays}
          value={draft.newDueDate}
          onChange={(value) => onChange({ ...draft, newDueDate: value })}
          maw={280}
        />
      ) : null}
      <Group gap="xs">
        {outcome === null ? (
          <Text size="xs" c="dimmed">
            Choose an outcome (D, P, N or X) and it is recorded with this note.
          </Text>
        ) : (
          <Button size="xs" onClick={onSave}>
            Save
          </Button>
        )}
        <Button size="xs" variant="subtle" color="gray" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  );
}
