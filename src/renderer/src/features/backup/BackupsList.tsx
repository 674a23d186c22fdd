import { Button, Table, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { BackupEntry } from '@shared/exports/exports';
import { useApiQuery } from '../../api/queries';
import { LoadingRows } from '../../components/LoadingRows';
import { QueryError } from '../../components/QueryError';
import { formatBytes } from '../exports/saved-file';
import { BACKUP_KIND_LABELS, formatBackupDate } from './backup-labels';

interface BackupsListProps {
  onRestore: (backup: BackupEntry) => void;
  /** What to say when the folder holds no backup; by default it points to Back up now. */
  emptyMessage?: string;
}

const DEFAULT_EMPTY_MESSAGE =
  'No backups in the backups folder yet. Coachbook makes one each day you open it; use Back up now for one right away.';

/** The backups Coachbook keeps in its backups folder (daily, before updates, before restores), newest first. */
export function BackupsList({ onRestore, emptyMessage = DEFAULT_EMPTY_MESSAGE }: BackupsListProps) {
  const backups = useApiQuery('backup.list', {});
  if (backups.isPending) return <LoadingRows label="Loading your backups" rows={2} />;
  if (backups.isError) {
    return (
      <QueryError
        title="Could not list your backups"
        error={backups.error}
        onRetry={() => void backups.refetch()}
        retrying={backups.isFetching}
      />
    );
  }
  if (backups.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyMessage}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" aria-label="Backups">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Made</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th ta="right">Size</Table.Th>
            <Table.Th>
              <span className="cb-visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.data.map((backup) => {
            const when = formatBackupDate(backup.createdAt);
            return (
              <Table.Tr key={backup.id}>
                <Table.Td title={backup.fileName}>{when}</Table.Td>
                <Table.Td>{BACKUP_KIND_LABELS[backup.kind]}</Table.Td>
                <Table.Td ta="right">{formatBytes(backup.bytes)}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconRestore size={14} aria-hidden />}
                    aria-label={`Restore the backup of ${when}`}
                    onClick={() => onRestore(backup)}
                  >
                    Restore…
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
