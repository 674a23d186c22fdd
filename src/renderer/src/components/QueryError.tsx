import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';

interface QueryErrorProps {
  /** What could not be loaded, e.g. "Could not load your reps". */
  title: string;
  error: Error;
  onRetry: () => void;
  retrying?: boolean;
}

/** A failed read: what failed, the API's own explanation, and a Retry button. */
export function QueryError({ title, error, onRetry, retrying = false }: QueryErrorProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Text size="sm" mb="sm">
        {error.message}
      </Text>
      <Group>
        <Button
          size="xs"
          variant="white"
          color="red"
          leftSection={<IconRefresh size={14} aria-hidden />}
          onClick={onRetry}
          loading={retrying}
        >
          Retry
        </Button>
      </Group>
    </Alert>
  );
}
