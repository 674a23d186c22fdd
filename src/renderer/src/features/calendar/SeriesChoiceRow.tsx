import { Badge, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { PreviewOccurrence, SeriesPreview } from '@shared/calendar/calendar';
import { formatMeetingDateTime } from '../meetings/meeting-dates';
import { occurrenceSummary, zoneNote } from './calendar-import-view';

interface SeriesChoiceRowProps {
  series: SeriesPreview;
  occurrences: PreviewOccurrence[];
  checked: boolean;
  onCheckedChange(checked: boolean): void;
  /** The name a new rep gets; the manager may correct what the calendar says. */
  newRepName: string;
  onNewRepNameChange(name: string): void;
  managerZone: string;
}

const MATCHED_BY = { email: 'by e-mail', name: 'by name', title: 'from the title' } as const;

/** One recurring series in the import preview: pick it, and see who and when it schedules. */
export function SeriesChoiceRow(props: SeriesChoiceRowProps) {
  const { series, occurrences, checked, managerZone } = props;
  const next = occurrences.find((o) => !o.cancelled);
  const note = zoneNote(series, managerZone);
  const id = `series-${series.uid.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const match = series.match;
  return (
    <Paper withBorder radius="md" p="sm" aria-labelledby={`${id}-title`} component="section">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Checkbox
          mt={2}
          checked={checked}
          disabled={match.kind === 'archived'}
          onChange={(event) => props.onCheckedChange(event.currentTarget.checked)}
          aria-labelledby={`${id}-title`}
        />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text fw={600} id={`${id}-title`} truncate>
              {series.title}
            </Text>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {series.reason}
            </Text>
          </Group>
          {match.kind === 'rep' ? (
            <Group gap={6}>
              <Badge variant="light" color="teal">
                {match.repName}
              </Badge>
              <Text size="xs" c="dimmed">{`Matched ${MATCHED_BY[match.by]}`}</Text>
            </Group>
          ) : null}
          {match.kind === 'archived' ? (
            <Text
              size="sm"
              c="red"
            >{`${match.repName} is archived. Unarchive the rep to import these one-on-ones.`}</Text>
          ) : null}
          {match.kind === 'new' ? (
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                size="xs"
                label="New rep"
                value={props.newRepName}
                onChange={(event) => props.onNewRepNameChange(event.currentTarget.value)}
                error={checked && props.newRepName.trim() === '' ? 'Name is required' : null}
                style={{ flex: 1 }}
              />
              {match.email ? (
                <Text size="xs" c="dimmed" pb={6}>
                  {match.email}
                </Text>
              ) : null}
            </Group>
          ) : null}
          <Text size="sm">{occurrenceSummary(occurrences)}</Text>
          <Text size="xs" c="dimmed">
            {next
              ? `Next: ${formatMeetingDateTime(next.startsAt)} (${next.durationMinutes} min)`
              : 'Nothing within the horizon'}
            {note ? ` · ${note}` : ''}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
