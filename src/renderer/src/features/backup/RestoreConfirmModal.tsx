import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';

/** What is about to be restored: a listed backup, or a file the manager picks after confirming. */
export interface RestoreTarget {
  /** The listed backup's id (from `backup.list`); absent: main asks for the file with an open dialog. */
  backupId?: string;
  /** "the daily backup of 27 Nov 2026, 04:25", "a backup file you choose". */
  description: string;
}

interface RestoreConfirmModalProps {
  target: RestoreTarget | null;
  pending: boolean;
  onConfirm: (target: RestoreTarget) => void;
  onClose: () => void;
  /**
   * What happens to the file in place now, said before the manager confirms. By default the
   * open database's case; the problem screen says where the file Coachbook could not open goes.
   */
  consequences?: (target: RestoreTarget) => ReactNode;
}

const openDatabaseConsequences = (target: RestoreTarget) => (
  <>
    <Text size="sm">
      Coachbook replaces the data you see now with {target.description}. Anything written since that backup is no longer
      shown.
    </Text>
    <Text size="sm" fw={500}>
      Your current data is kept aside in the backups folder, so you can restore it again later.
    </Text>
  </>
);

export function RestoreConfirmModal({
  target,
  pending,
  onConfirm,
  onClose,
  consequences = openDatabaseConsequences,
}: RestoreConfirmModalProps) {
  return (
    <Modal opened={target !== null} onClose={onClose} title="Restore a backup?" size="md">
      {target ? (
        <Stack gap="md">
          {consequences(target)}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button
              color="orange"
              leftSection={<IconRestore size={16} aria-hidden />}
              loading={pending}
              onClick={() => onConfirm(target)}
            >
              {target.backupId ? 'Restore' : 'Choose the file and restore'}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
