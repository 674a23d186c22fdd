import { useState } from 'react';
import { Text, TextInput, UnstyledButton } from '@mantine/core';
import { ACTION_ITEM_TITLE_MAX, type ActionItemStatus } from '@shared/action-items/action-item';

interface ActionItemTitleProps {
  title: string;
  status: ActionItemStatus;
  onRename: (title: string) => void;
}

/** Click (or Enter on) the title to rename; Enter or leaving the field saves, Escape keeps the old title. */
export function ActionItemTitle({ title, status, onRename }: ActionItemTitleProps) {
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <UnstyledButton onClick={() => setDraft(title)} aria-label={`Rename “${title}”`} title="Click to rename">
        <Text
          size="sm"
          fw={500}
          td={status === 'dropped' ? 'line-through' : undefined}
          c={status === 'open' ? undefined : 'dimmed'}
        >
          {title}
        </Text>
      </UnstyledButton>
    );
  }
  const finish = (save: boolean) => {
    const next = draft.trim();
    setDraft(null);
    if (save && next && next !== title) onRename(next);
  };
  return (
    <TextInput
      size="xs"
      aria-label="Action item title"
      value={draft}
      maxLength={ACTION_ITEM_TITLE_MAX}
      autoFocus
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(true);
        if (event.key === 'Escape') {
          // Escape inside a modal or popover must not close more than this edit.
          event.stopPropagation();
          finish(false);
        }
      }}
    />
  );
}
