import type { ReactNode } from 'react';
import { EmptyState, Paper } from '@mantine/core';

interface EmptyPanelProps {
  icon: ReactNode;
  title: string;
  description: ReactNode;
  children?: ReactNode;
  /** Coloured for a first-run invitation; neutral for "nothing here". */
  tone?: 'invite' | 'neutral';
}

/** An empty state in a bordered panel: what is (not) here and what to do next. */
export function EmptyPanel({ icon, title, description, children, tone = 'neutral' }: EmptyPanelProps) {
  return (
    <Paper withBorder radius="md" p="xl">
      <EmptyState
        icon={icon}
        size={tone === 'invite' ? 'lg' : 'md'}
        {...(tone === 'invite' ? { variant: 'light' as const } : { withIndicatorBackground: true })}
      >
        {/* A real heading, so the state is announced and findable by screen reader users. */}
        <EmptyState.Title order={2}>{title}</EmptyState.Title>
        <EmptyState.Description maw={480}>{description}</EmptyState.Description>
        {children ? <EmptyState.Actions>{children}</EmptyState.Actions> : null}
      </EmptyState>
    </Paper>
  );
}
