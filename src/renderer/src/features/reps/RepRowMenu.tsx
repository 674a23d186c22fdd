import { ActionIcon, Menu } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconDots, IconPencil } from '@tabler/icons-react';
import type { RepListItem } from '@shared/reps/rep';

interface RepRowMenuProps {
  rep: RepListItem;
  onEdit: (rep: RepListItem) => void;
  onArchive: (rep: RepListItem) => void;
  onUnarchive: (rep: RepListItem) => void;
}

export function RepRowMenu({ rep, onEdit, onArchive, onUnarchive }: RepRowMenuProps) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${rep.name}`}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(rep)}>
          Edit
        </Menu.Item>
        {rep.status === 'active' ? (
          <Menu.Item leftSection={<IconArchive size={16} aria-hidden />} onClick={() => onArchive(rep)}>
            Archive
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconArchiveOff size={16} aria-hidden />} onClick={() => onUnarchive(rep)}>
            Unarchive
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
