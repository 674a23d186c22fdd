import { Group, Kbd, Text } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { EmptyPanel } from '../../components/EmptyPanel';
import { PageHeader } from '../../components/PageHeader';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** Placeholder until search lands; it says what to expect and how it will be opened. */
export function SearchPage() {
  return (
    <>
      <PageHeader title="Search" description="Find anything you wrote about a rep." />
      <EmptyPanel
        tone="invite"
        icon={<IconSearch aria-hidden />}
        title="Search arrives soon"
        description="A coming version searches your one-on-one notes, action items and goals from anywhere in the app."
      >
        <Group gap={6} justify="center">
          <Text size="sm" c="dimmed">
            Open it with
          </Text>
          <Kbd>{isMac ? '⌘' : 'Ctrl'}</Kbd>
          <Text size="sm" c="dimmed">
            +
          </Text>
          <Kbd>K</Kbd>
        </Group>
      </EmptyPanel>
    </>
  );
}
