import { Group, Kbd, Text } from '@mantine/core';

const KEYS: Array<[keys: string[], what: string]> = [
  [['↑', '↓'], 'move'],
  [['D'], 'done'],
  [['P'], 'partly done'],
  [['N'], 'not done'],
  [['X'], 'dropped'],
  [['Enter'], 'note and new due date'],
  [['U'], 'undo'],
];

/** The follow-up shortcuts, always visible: a manager mid-meeting should not have to remember them. */
export function KeyboardLegend({ id }: { id: string }) {
  return (
    <Group gap="md" style={{ rowGap: 4 }} className="cb-kbd-legend" id={id}>
      {KEYS.map(([keys, what]) => (
        <Group key={what} gap={4} wrap="nowrap">
          {keys.map((key) => (
            <Kbd key={key} size="xs">
              {key}
            </Kbd>
          ))}
          <Text span size="xs" c="dimmed">
            {what}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
