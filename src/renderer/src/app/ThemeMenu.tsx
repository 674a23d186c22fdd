import { ActionIcon, Menu, useComputedColorScheme } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun, type Icon } from '@tabler/icons-react';
import type { ThemePreference } from '@shared/app/app';
import { useThemePreference } from '../theme/use-theme-preference';

const OPTIONS: { value: ThemePreference; label: string; icon: Icon }[] = [
  { value: 'system', label: 'System', icon: IconDeviceDesktop },
  { value: 'light', label: 'Light', icon: IconSun },
  { value: 'dark', label: 'Dark', icon: IconMoon },
];

/** The header's theme switch; the same choice as in Settings, remembered the same way. */
export function ThemeMenu() {
  const { preference, setPreference } = useThemePreference();
  const computed = useComputedColorScheme('light');
  const icon =
    preference === 'system' ? (
      <IconDeviceDesktop size={18} />
    ) : computed === 'dark' ? (
      <IconMoon size={18} />
    ) : (
      <IconSun size={18} />
    );

  return (
    <Menu position="bottom-end" shadow="md" width={160}>
      <Menu.Target>
        <ActionIcon variant="default" size="lg" aria-label="Theme">
          <span aria-hidden style={{ display: 'contents' }}>
            {icon}
          </span>
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Theme</Menu.Label>
        {OPTIONS.map((option) => (
          <Menu.Item
            key={option.value}
            leftSection={<option.icon size={16} aria-hidden />}
            onClick={() => setPreference(option.value)}
            rightSection={preference === option.value ? <IconCheck size={16} aria-label="current" /> : null}
          >
            {option.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
