import { useState, type FormEvent } from 'react';
import { ActionIcon, Group, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { TALKING_POINT_MAX } from '@shared/agenda/agenda';

interface TalkingPointInputProps {
  repName: string;
  onSubmit: (text: string) => void;
  pending: boolean;
  autoFocus?: boolean;
}

/** One line and Enter: a point comes up between meetings and should take a second to park. */
export function TalkingPointInput({ repName, onSubmit, pending, autoFocus = false }: TalkingPointInputProps) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return;
    onSubmit(trimmed);
    setText('');
  };
  return (
    <form onSubmit={submit}>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          aria-label={`Add to next one-on-one with ${repName}`}
          placeholder="Add to next one-on-one…"
          value={text}
          maxLength={TALKING_POINT_MAX}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: 1 }}
          data-autofocus={autoFocus || undefined}
          autoFocus={autoFocus}
        />
        <ActionIcon
          type="submit"
          size="lg"
          variant="light"
          aria-label="Add talking point"
          loading={pending}
          disabled={!text.trim()}
        >
          <IconPlus size={18} aria-hidden />
        </ActionIcon>
      </Group>
    </form>
  );
}
