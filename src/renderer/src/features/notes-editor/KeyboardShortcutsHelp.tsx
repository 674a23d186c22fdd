import { ActionIcon, Kbd, Popover, Table, Text, Title } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import {
  isMacPlatform,
  KEYBOARD_SHORTCUTS,
  MARKDOWN_SHORTCUTS,
  platformKeys,
  type KeyboardShortcut,
} from './keyboard-shortcuts';

function ShortcutTable({
  caption,
  rows,
  format,
}: {
  caption: string;
  rows: readonly KeyboardShortcut[];
  format: (keys: string) => string;
}) {
  return (
    <Table withRowBorders={false} verticalSpacing={2} fz="xs" captionSide="top">
      <Table.Caption style={{ textAlign: 'start' }}>
        <Title order={6}>{caption}</Title>
      </Table.Caption>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.keys}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <Kbd size="xs">{format(row.keys)}</Kbd>
            </Table.Td>
            <Table.Td>{row.action}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A toolbar button that lists the editor's keyboard and Markdown shortcuts. */
export function KeyboardShortcutsHelp() {
  const isMac = isMacPlatform();
  return (
    <Popover position="bottom-end" shadow="md" withinPortal trapFocus width={340}>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" aria-label="Keyboard shortcuts" title="Keyboard shortcuts">
          <IconKeyboard size={18} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown mah={420} style={{ overflowY: 'auto' }}>
        <ShortcutTable
          caption="Keyboard"
          rows={KEYBOARD_SHORTCUTS}
          format={(keys) => (keys === 'Mod-click' ? `${platformKeys('Mod', isMac)}-click` : platformKeys(keys, isMac))}
        />
        <ShortcutTable caption="Type at the start of a line" rows={MARKDOWN_SHORTCUTS} format={(keys) => keys} />
        <Text size="xs" c="dimmed" mt="xs">
          Links open in your browser only with {platformKeys('Mod', isMac)}-click, so a click never leaves the note.
        </Text>
      </Popover.Dropdown>
    </Popover>
  );
}
