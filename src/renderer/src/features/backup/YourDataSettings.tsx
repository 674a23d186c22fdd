import { useState } from 'react';
import { Button, Code, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport, IconFileImport, IconFolderOpen } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { apiQueryKey, useApiQuery } from '../../api/queries';
import { DataExportsPanel } from '../exports/DataExportsPanel';
import { describeSaved } from '../exports/describe-saved';
import { useFileJob } from '../exports/use-file-job';
import { describeBackup } from './backup-labels';
import { BackupsList } from './BackupsList';
import { RestoreConfirmModal, type RestoreTarget } from './RestoreConfirmModal';
import { useDataReplacingJobs } from './use-data-replacing-jobs';

/** Settings → Your data: where the file is, backups and restore, and the open-format exports. */
export function YourDataSettings() {
  const status = useApiQuery('app.status', {});
  const databaseFile = status.data?.databaseFile;
  const queryClient = useQueryClient();
  const [restoreTarget, setRestoreTarget] = useState<RestoreTarget | null>(null);
  const { restore, importJson } = useDataReplacingJobs();
  const backUp = useFileJob('backup.create', {
    progress: 'Backing up your data',
    errorTitle: 'The backup was not made',
    afterSuccess: () => queryClient.invalidateQueries({ queryKey: apiQueryKey('backup.list', {}) }),
    success: (saved) => ({ title: 'Backup made', message: describeSaved(saved) }),
  });

  const confirmRestore = async (target: RestoreTarget) => {
    await restore.run(target.backupId ? { backupId: target.backupId } : {});
    setRestoreTarget(null);
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="your-data-heading">
      <Title order={2} fz="h4" mb={4} id="your-data-heading">
        Your data
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Everything stays on this computer, in one file. Back it up with the rest of your documents.
      </Text>
      {databaseFile ? (
        <Code block aria-label="Database file" mb="md">
          {databaseFile}
        </Code>
      ) : null}

      <Stack gap="sm">
        <Title order={3} fz="h5">
          Backups
        </Title>
        <Text size="sm" c="dimmed">
          Coachbook backs up on its own every day (the last 7 are kept) and before every update. A backup is a complete
          copy you can restore here or open with any SQLite tool.
        </Text>
        <Group gap="sm">
          <Button
            leftSection={<IconDatabaseExport size={16} aria-hidden />}
            loading={backUp.pending}
            onClick={() => void backUp.run({})}
          >
            Back up now…
          </Button>
          <Button
            variant="default"
            leftSection={<IconFolderOpen size={16} aria-hidden />}
            onClick={() => setRestoreTarget({ description: 'a backup file you choose next' })}
          >
            Restore from file…
          </Button>
        </Group>
        <BackupsList
          onRestore={(backup) => setRestoreTarget({ backupId: backup.id, description: describeBackup(backup) })}
        />
      </Stack>

      <Divider my="lg" />
      <DataExportsPanel />

      <Divider my="lg" />
      <Stack gap="sm">
        <Title order={3} fz="h5">
          Import
        </Title>
        <Text size="sm" c="dimmed">
          Bring in a Coachbook JSON export, for example on a new computer. It only goes into an empty Coachbook (no reps
          or one-on-ones yet) and never merges with data you already have.
        </Text>
        <Group>
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            loading={importJson.pending}
            onClick={() => void importJson.run({})}
          >
            Import from a JSON export…
          </Button>
        </Group>
      </Stack>

      <RestoreConfirmModal
        target={restoreTarget}
        pending={restore.pending}
        onConfirm={(target) => void confirmRestore(target)}
        onClose={() => setRestoreTarget(null)}
      />
    </Paper>
  );
}
