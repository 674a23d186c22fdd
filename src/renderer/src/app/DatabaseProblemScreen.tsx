import { Alert, Button, Center, Code, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDatabaseOff, IconFolderOpen, IconHistory, IconPower, IconShieldCheck } from '@tabler/icons-react';
import type { AppStatus } from '@shared/app/app';
import { useApiMutation } from '../api/queries';

type RefusedStatus = Extract<AppStatus, { state: 'refused' }>;

/**
 * Shown instead of the app when main refused the database file (corrupt, from a newer version,
 * not a database, unreadable). Main never writes to a refused file, and the manager is told so:
 * the worst fear here is "did it just wreck my notes?".
 */
export function DatabaseProblemScreen({ status }: { status: RefusedStatus }) {
  const openAnother = useApiMutation('app.openAnotherDatabase', { errorTitle: 'Could not open another file' });
  const quit = useApiMutation('app.quit', { errorTitle: 'Could not quit' });

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" radius="lg" p="xl" maw={620} w="100%">
        <Stack gap="md">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={48} radius="xl" color="red" variant="light" aria-hidden>
              <IconDatabaseOff size={26} />
            </ThemeIcon>
            <Title order={1} fz="h2">
              Coachbook could not open your data
            </Title>
          </Group>
          <Text>{status.message}</Text>
          <Stack gap={4}>
            <Text size="sm" c="dimmed">
              The file Coachbook tried to open:
            </Text>
            <Code block aria-label="Database file">
              {status.databaseFile}
            </Code>
          </Stack>
          <Alert color="teal" variant="light" icon={<IconShieldCheck aria-hidden />} title="This file was not changed">
            Coachbook did not write anything to it. You can keep a copy, open another file, or quit and try again later.
          </Alert>
          <Stack gap="xs">
            <Group gap="sm">
              <Button
                leftSection={<IconFolderOpen size={18} aria-hidden />}
                onClick={() => openAnother.mutate({})}
                loading={openAnother.isPending}
              >
                Open another file…
              </Button>
              <Button
                variant="default"
                leftSection={<IconHistory size={18} aria-hidden />}
                disabled
                aria-describedby="restore-note"
              >
                Restore a backup
              </Button>
              <Button
                variant="subtle"
                color="gray"
                leftSection={<IconPower size={18} aria-hidden />}
                onClick={() => quit.mutate({})}
              >
                Quit
              </Button>
            </Group>
            <Text size="xs" c="dimmed" id="restore-note">
              Backup restore arrives in a later version.
            </Text>
          </Stack>
        </Stack>
      </Paper>
    </Center>
  );
}
