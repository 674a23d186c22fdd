import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Rep } from '@shared/reps/rep';
import { formatCalendarDay, formatInstantDay } from './format';
import { CadenceBadge } from './rep-badges';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children ?? (
          <Text span c="dimmed" size="sm">
            Not set
          </Text>
        )}
      </Text>
    </Stack>
  );
}

/** The rep's details, read-only; editing happens in the same modal as on the list. */
export function RepProfile({ rep }: { rep: Rep }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={2} fz="h4" mb="md">
        Profile
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="md" m={0}>
        <Field label="Email">{rep.email ? <Anchor href={`mailto:${rep.email}`}>{rep.email}</Anchor> : null}</Field>
        <Field label="Title">{rep.title}</Field>
        <Field label="Team">{rep.team}</Field>
        <Field label="Territory">{rep.territory}</Field>
        <Field label="Start date">{formatCalendarDay(rep.startDate)}</Field>
        <Field label="One-on-one cadence">
          <CadenceBadge cadence={rep.cadence} />
        </Field>
        <Field label="Added">{formatInstantDay(rep.createdAt)}</Field>
      </SimpleGrid>
    </Paper>
  );
}
