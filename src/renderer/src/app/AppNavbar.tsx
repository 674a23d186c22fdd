import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import {
  IconAddressBook,
  IconCalendarEvent,
  IconChecklist,
  IconSearch,
  IconSettings,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { NavLink, useLocation } from 'react-router';

interface NavItem {
  to: string;
  label: string;
  icon: Icon;
}

const MAIN_ITEMS: NavItem[] = [
  { to: '/team', label: 'Team', icon: IconUsersGroup },
  { to: '/reps', label: 'Reps', icon: IconAddressBook },
  { to: '/meetings', label: 'One-on-ones', icon: IconCalendarEvent },
  { to: '/action-items', label: 'Action items', icon: IconChecklist },
  { to: '/search', label: 'Search', icon: IconSearch },
];
const SETTINGS_ITEM: NavItem = { to: '/settings', label: 'Settings', icon: IconSettings };

function NavItemLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const { pathname } = useLocation();
  const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
  // react-router's NavLink sets aria-current="page"; Mantine's NavLink gives the look.
  return (
    <MantineNavLink
      component={NavLink}
      to={item.to}
      label={item.label}
      leftSection={<item.icon size={18} stroke={1.7} aria-hidden />}
      active={active}
      onClick={onNavigate}
      variant="light"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  return (
    <Stack justify="space-between" h="100%" component="nav" aria-label="Main">
      <Stack gap={4}>
        {MAIN_ITEMS.map((item) => (
          <NavItemLink key={item.to} item={item} onNavigate={onNavigate} />
        ))}
      </Stack>
      <NavItemLink item={SETTINGS_ITEM} onNavigate={onNavigate} />
    </Stack>
  );
}
