import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useApiQuery } from '../../api/queries';
import { useDemoBook } from './use-demo-book';

/** On every screen while the demo is open, so sample reps are never taken for the manager's own. */
export function DemoBookBanner() {
  const status = useApiQuery('app.status', {}, { staleTime: Infinity });
  const demo = useDemoBook();
  if (status.data?.state !== 'ready' || !status.data.demo) return null;
  return (
    <Alert
      color="grape"
      variant="light"
      radius="md"
      mb="lg"
      icon={<IconFlask aria-hidden />}
      aria-label="Demo book"
      styles={{ message: { marginTop: 0 } }}
    >
      <Group justify="space-between" gap="md" wrap="nowrap" align="center">
        <Text size="sm" style={{ flex: 1 }}>
          <b>This is a demo book</b> of sample reps and made-up history. Your own book is closed and untouched; the demo
          is thrown away when you leave it.
        </Text>
        <Button size="compact-sm" color="grape" onClick={demo.close} loading={demo.closing}>
          Back to my book
        </Button>
      </Group>
    </Alert>
  );
}
