import { useState } from 'react';
import { Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { describeBackup } from './backup-labels';
import { BackupsList } from './BackupsList';
import { RestoreConfirmModal, type RestoreTarget } from './RestoreConfirmModal';
import { useDataReplacingJobs } from './use-data-replacing-jobs';

interface ProblemScreenBackupsProps {
  /** The backups folder: where the backups are, and where the file Coachbook could not open is kept aside. */
  backupsDir: string;
}

/**
 * The way back from the database-problem screen: the backups Coachbook made, or a file the
 * manager picks, restored in place of the file Coachbook could not open. Once main has switched,
 * every query is refetched (useDataReplacingJobs), `app.status` answers `ready` and the app shows.
 */
export function ProblemScreenBackups({ backupsDir }: ProblemScreenBackupsProps) {
  const [target, setTarget] = useState<RestoreTarget | null>(null);
  const { restore } = useDataReplacingJobs();

  const confirm = async (chosen: RestoreTarget) => {
    await restore.run(chosen.backupId ? { backupId: chosen.backupId } : {});
    setTarget(null);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="problem-backups-heading">
      <Title order={2} fz="h4" id="problem-backups-heading">
        Restore a backup
      </Title>
      <Text size="sm">
        Choose the backup to go back to. Coachbook checks it first, and only then puts it in place of the file it could
        not open.
      </Text>
      <BackupsList
        onRestore={(backup) => setTarget({ backupId: backup.id, description: describeBackup(backup) })}
        emptyMessage="There are no backups in the backups folder. If you keep a copy somewhere else, choose it with Choose a backup file…"
      />
      <Group>
        <Button
          variant="default"
          leftSection={<IconFolderOpen size={16} aria-hidden />}
          onClick={() => setTarget({ description: 'a backup file you choose next' })}
        >
          Choose a backup file…
        </Button>
      </Group>
      <RestoreConfirmModal
        target={target}
        pending={restore.pending}
        onConfirm={(chosen) => void confirm(chosen)}
        onClose={() => setTarget(null)}
        consequences={(chosen) => (
          <>
            <Text size="sm">
              Coachbook puts {chosen.description} in place of the file it could not open, and opens it. Anything written
              after that backup was made is not in it.
            </Text>
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Nothing is deleted: the file Coachbook could not open is kept aside, unchanged, in
              </Text>
              <Code block aria-label="Backups folder">
                {backupsDir}
              </Code>
            </Stack>
          </>
        )}
      />
    </Stack>
  );
}
