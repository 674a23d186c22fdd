import type { ActionItemOwner, ActionItemStatus } from '@shared/action-items/action-item';

/** The manager is the one using the app, so their own commitments read "You" everywhere. */
export const OWNER_LABELS: Record<ActionItemOwner, string> = { rep: 'Rep', manager: 'You' };

export const ownerLabel = (owner: ActionItemOwner): string => OWNER_LABELS[owner];

export const OWNER_OPTIONS: { value: ActionItemOwner; label: string }[] = [
  { value: 'rep', label: OWNER_LABELS.rep },
  { value: 'manager', label: OWNER_LABELS.manager },
];

export const STATUS_LABELS: Record<ActionItemStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

export const STATUS_COLORS: Record<ActionItemStatus, string> = { open: 'indigo', done: 'teal', dropped: 'gray' };
