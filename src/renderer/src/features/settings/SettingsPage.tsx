import { Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { THEME_PREFERENCES, type ThemePreference } from '@shared/app/app';
import { PageHeader } from '../../components/PageHeader';
import { useThemePreference } from '../../theme/use-theme-preference';
import { NotificationsSetting } from '../today/NotificationsSetting';
import { AgendaTemplatesSettings } from '../agenda/AgendaTemplatesSettings';
import { YourDataSettings } from '../backup/YourDataSettings';
import { SkillsSettings } from '../skills/SkillsSettings';
import { DesktopSettings } from './DesktopSettings';
import { UpdatesSetting } from '../updates/UpdatesSetting';

const THEME_LABELS: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const isThemePreference = (value: string): value is ThemePreference =>
  THEME_PREFERENCES.some((theme) => theme === value);

export function SettingsPage() {
  const { preference, setPreference } = useThemePreference();

  return (
    <>
      <PageHeader
        title="Settings"
        description="How Coachbook looks, your agenda templates, and where it keeps your data."
      />
      <Stack gap="md" maw={720}>
        <Paper withBorder radius="md" p="lg">
          <Title order={2} fz="h4" mb={4} id="theme-heading">
            Theme
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            System follows your computer&apos;s light or dark setting.
          </Text>
          <SegmentedControl
            aria-labelledby="theme-heading"
            value={preference}
            onChange={(value) => {
              if (isThemePreference(value)) setPreference(value);
            }}
            data={THEME_PREFERENCES.map((value) => ({ value, label: THEME_LABELS[value] }))}
          />
        </Paper>
        <NotificationsSetting />
        <AgendaTemplatesSettings />
        <SkillsSettings />
        <YourDataSettings />
        <DesktopSettings />
        <UpdatesSetting />
      </Stack>
    </>
  );
}
