import { useState } from 'react';
import { Alert, Button, Center, Code, Divider, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDatabaseOff, IconFolderOpen, IconHistory, IconPower, IconShieldCheck } from '@tabler/icons-react';
import type { AppStatus } from '@shared/app/app';
import { useApiMutation } from '../api/queries';
import { ProblemScreenBackups } from '../features/backup/ProblemScreenBackups';

type RefusedStatus = Extract<AppStatus, { state: 'refused' }>;

/**
 * Shown instead of the app when main refused the database file (corrupt, from a newer version,
 * not a database, unreadable). Main never writes to a refused file, and the manager is told so:
 * the worst fear here is "did it just wreck my notes?". Restoring a backup keeps the file aside,
 * unchanged, and switches to the backup without a restart.
 */
export function DatabaseProblemScreen({ status }: { status: RefusedStatus }) {
  const openAnother = useApiMutation('app.openAnotherDatabase', { errorTitle: 'Could not open another file' });
  const quit = useApiMutation('app.quit', { errorTitle: 'Could not quit' });
  const [showBackups, setShowBackups] = useState(false);

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
            Coachbook did not write anything to it. You can restore a backup in its place (this file is then kept aside,
            not deleted), open another file, or quit and try again later.
          </Alert>
          <Group gap="sm">
            <Button
              leftSection={<IconFolderOpen size={18} aria-hidden />}
              onClick={() => openAnother.mutate({})}
              loading={openAnother.isPending}
            >
              Open another file…
            </Button>
            <Button
              variant={showBackups ? 'light' : 'default'}
              leftSection={<IconHistory size={18} aria-hidden />}
              aria-expanded={showBackups}
              aria-controls="problem-backups"
              onClick={() => setShowBackups((shown) => !shown)}
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
          {showBackups ? (
            <div id="problem-backups">
              <Divider mb="md" />
              <ProblemScreenBackups backupsDir={status.backupsDir} />
            </div>
          ) : null}
        </Stack>
      </Paper>
    </Center>
  );
}
