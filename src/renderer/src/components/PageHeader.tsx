import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Above the title: a back link. */
  eyebrow?: ReactNode;
  /** Beside the title, outside the heading so it is not read as part of the name. */
  badge?: ReactNode;
  /** The page's primary action goes last, so it lands top-right. */
  actions?: ReactNode;
}

/** The same header on every page: what this is, one line of why, and the main action top-right. */
export function PageHeader({ title, description, eyebrow, badge, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="center" wrap="wrap" gap="md" mb="lg">
      <Stack gap={4} style={{ minWidth: 0 }}>
        {eyebrow}
        <Group gap="sm" wrap="nowrap">
          <Title order={1} fz="h2">
            {title}
          </Title>
          {badge}
        </Group>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
