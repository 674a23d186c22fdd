import { Center, Loader, Stack, Text } from '@mantine/core';
import { useApiQuery } from '../api/queries';
import { QueryError } from '../components/QueryError';
import { AppRoutes } from './AppRoutes';
import { DatabaseProblemScreen } from './DatabaseProblemScreen';

/** Asks main whether the database opened before showing anything that would need it. */
export function App() {
  const status = useApiQuery('app.status', {}, { staleTime: Infinity });

  if (status.isPending) {
    return (
      <Center mih="100vh">
        <Stack align="center" gap="sm" role="status">
          <Loader />
          <Text c="dimmed" size="sm">
            Opening your data…
          </Text>
        </Stack>
      </Center>
    );
  }
  if (status.isError) {
    return (
      <Center mih="100vh" p="md">
        <QueryError
          title="Coachbook could not start"
          error={status.error}
          onRetry={() => void status.refetch()}
          retrying={status.isFetching}
        />
      </Center>
    );
  }
  if (status.data.state === 'refused') return <DatabaseProblemScreen status={status.data} />;
  return <AppRoutes />;
}
