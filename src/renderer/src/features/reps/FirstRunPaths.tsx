import { useId, type ReactNode } from 'react';
import { Button, Card, Group, Loader, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent, IconFileSpreadsheet, IconFlask, IconUserPlus, IconUsers } from '@tabler/icons-react';

/** The calendar import's place on the first-run screen (the card shows only when it is given). */
export interface FirstRunCalendarImport {
  onStart: () => void;
  pending?: boolean;
  /** One line under "Import a calendar"; the default names the calendars people use. */
  description?: string;
}

interface FirstRunPathsProps {
  onImport: () => void;
  onAdd: () => void;
  onTryDemo: () => void;
  demoPending: boolean;
  calendarImport?: FirstRunCalendarImport;
}

/** Shown to a manager with no reps at all: the ways to bring their real team in, and a demo to look around. */
export function FirstRunPaths({ onImport, onAdd, onTryDemo, demoPending, calendarImport }: FirstRunPathsProps) {
  const columns = calendarImport ? 3 : 2;
  return (
    <Card withBorder radius="md" padding="xl" className="cb-first-run">
      <Stack gap="xl">
        <Stack gap="xs" align="center" ta="center">
          <ThemeIcon size={52} radius="xl" variant="light" aria-hidden>
            <IconUsers size={28} />
          </ThemeIcon>
          <Title order={2}>Bring your team into Coachbook</Title>
          <Text c="dimmed" maw={560}>
            Each rep gets their own one-on-ones, commitments and goals. Start from the list you already keep: it takes a
            minute, and you check every rep before anything is added.
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: columns }} spacing="md" maw={columns === 3 ? 960 : 680} mx="auto" w="100%">
          <PathCard
            primary
            icon={<IconFileSpreadsheet size={24} />}
            title="Import reps from a spreadsheet"
            description="A CSV from Excel, Google Sheets, Numbers or your CRM: name, e-mail, team, territory and more."
            onClick={onImport}
          />
          {calendarImport ? (
            <PathCard
              icon={<IconCalendarEvent size={24} />}
              title="Import a calendar"
              description={
                calendarImport.description ??
                'Your one-on-ones from Outlook, Google Calendar or Apple Calendar, with the reps who attend them.'
              }
              onClick={calendarImport.onStart}
              pending={calendarImport.pending}
            />
          ) : null}
          <PathCard
            icon={<IconUserPlus size={24} />}
            title="Add your first rep"
            description="Type in the rep you meet next; add the others when you meet them."
            onClick={onAdd}
          />
        </SimpleGrid>
        <Group justify="center" gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            Just looking around?
          </Text>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconFlask size={16} aria-hidden />}
            onClick={onTryDemo}
            loading={demoPending}
            aria-describedby="cb-demo-book-note"
          >
            Try a demo book
          </Button>
          <Text id="cb-demo-book-note" size="xs" c="dimmed" w="100%" ta="center">
            Eight sample reps with a year of one-on-ones, in a book of its own. Yours stays empty and untouched.
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

interface PathCardProps {
  icon: ReactNode;
  title: string;
  description: string;
  onClick: () => void;
  primary?: boolean;
  pending?: boolean;
}

/** A whole card as one button, named by its title and described by its line of text. */
function PathCard({ icon, title, description, onClick, primary = false, pending = false }: PathCardProps) {
  const id = useId();
  return (
    <Card
      component="button"
      type="button"
      withBorder
      radius="md"
      padding="lg"
      onClick={onClick}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-description`}
      aria-busy={pending || undefined}
      className="cb-path-card"
      data-primary={primary || undefined}
    >
      <Stack gap="sm" align="flex-start" ta="left">
        <ThemeIcon size={44} radius="md" variant={primary ? 'filled' : 'light'} aria-hidden>
          {pending ? <Loader size={20} color="currentColor" /> : icon}
        </ThemeIcon>
        <Text id={`${id}-title`} fw={650} fz="md">
          {title}
        </Text>
        <Text id={`${id}-description`} size="sm" c="dimmed">
          {description}
        </Text>
      </Stack>
    </Card>
  );
}
