import { Group, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconTarget } from '@tabler/icons-react';
import type { ReactNode } from 'react';

function ComingSection({ title, icon, children }: { title: string; icon: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Group gap="sm" mb="xs">
        <ThemeIcon variant="light" color="gray" radius="md" aria-hidden>
          {icon}
        </ThemeIcon>
        <Title order={2} fz="h5">
          {title}
        </Title>
      </Group>
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </Paper>
  );
}

/** Honest placeholders: these parts of a rep's page arrive in later versions. */
export function RepComingSections() {
  return (
    <ComingSection title="Goals" icon={<IconTarget size={18} />}>
      Targets with check-ins and pacing come in a later version.
    </ComingSection>
  );
}
