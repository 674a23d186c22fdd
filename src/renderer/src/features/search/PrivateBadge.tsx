import { Badge } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

/** Private notes are the manager's alone: a result from them says so. */
export const PrivateBadge = () => (
  <Badge size="xs" color="grape" variant="light" tt="none" leftSection={<IconLock size={10} aria-hidden />}>
    Private
  </Badge>
);
