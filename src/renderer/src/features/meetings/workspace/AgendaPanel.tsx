import { useState, type FormEvent } from 'react';
import { ActionIcon, Checkbox, Group, Menu, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconPlus, IconX } from '@tabler/icons-react';
import type { AgendaItem } from '@shared/agenda/agenda';
import type { AgendaEditor } from './use-agenda-editor';

function AgendaLine({
  item,
  index,
  count,
  editor,
}: {
  item: AgendaItem;
  index: number;
  count: number;
  editor: AgendaEditor;
}) {
  const name = item.title.trim() || `line ${index + 1}`;
  return (
    <Stack gap={2} data-agenda-line={item.id}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Checkbox
          aria-label={`Covered: ${name}`}
          checked={item.done}
          onChange={() => editor.toggle(item.id)}
          size="sm"
          mt={6}
        />
        <Textarea
          aria-label={`Agenda line ${index + 1}`}
          value={item.title}
          onChange={(event) => editor.rename(item.id, event.currentTarget.value)}
          // A title is one line: Enter would only add a break the agenda cannot keep.
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.preventDefault();
          }}
          error={item.title.trim() ? undefined : true}
          variant="unstyled"
          size="sm"
          autosize
          minRows={1}
          maxLength={200}
          styles={{ input: { fontWeight: 500, textDecoration: item.done ? 'line-through' : undefined } }}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Menu position="bottom-end" withinPortal shadow="md">
          <Menu.Target>
            <ActionIcon size="sm" variant="subtle" color="gray" mt={4} aria-label={`Options for “${name}”`}>
              <IconDots size={14} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconArrowUp size={14} aria-hidden />}
              disabled={index === 0}
              onClick={() => editor.move(item.id, -1)}
            >
              Move up
            </Menu.Item>
            <Menu.Item
              leftSection={<IconArrowDown size={14} aria-hidden />}
              disabled={index === count - 1}
              onClick={() => editor.move(item.id, 1)}
            >
              Move down
            </Menu.Item>
            <Menu.Item color="red" leftSection={<IconX size={14} aria-hidden />} onClick={() => editor.remove(item.id)}>
              Remove
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {item.prompts.length > 0 ? (
        <Stack gap={2} pl={30}>
          {item.prompts.map((prompt) => (
            <Text key={prompt} size="xs" c="dimmed" lh={1.35}>
              {prompt}
            </Text>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

/** The meeting's agenda: tick lines off, retitle, reorder, add and remove; saved as you go. */
export function AgendaPanel({ editor }: { editor: AgendaEditor }) {
  const [draft, setDraft] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    editor.add(draft.trim());
    setDraft('');
  };
  return (
    <section aria-labelledby="agenda-heading">
      <Title order={2} fz="h5" mb="xs" id="agenda-heading">
        Agenda
      </Title>
      <Stack gap="xs">
        {editor.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            No agenda lines. Add what you want to cover.
          </Text>
        ) : (
          editor.items.map((item, index) => (
            <AgendaLine key={item.id} item={item} index={index} count={editor.items.length} editor={editor} />
          ))
        )}
        <form onSubmit={add}>
          <Group gap={6} wrap="nowrap">
            <TextInput
              size="xs"
              aria-label="New agenda line"
              placeholder="Add an agenda line…"
              value={draft}
              maxLength={200}
              onChange={(event) => setDraft(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <ActionIcon type="submit" variant="light" aria-label="Add agenda line" disabled={!draft.trim()}>
              <IconPlus size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </form>
      </Stack>
    </section>
  );
}
