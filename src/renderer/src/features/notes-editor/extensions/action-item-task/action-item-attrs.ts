import type { ActionItemOwner } from '@shared/action-items/action-item';

/** The attributes a task item carries in the shared notes; the same fields as its action item row. */
export interface ActionItemTaskAttrs {
  checked: boolean;
  /** The action item's database id; null until the first save that includes this task item. */
  actionItemId: number | null;
  /** Identifies the task item before it has an id, so a save can hand its new id back. */
  clientKey: string | null;
  owner: ActionItemOwner;
  /** Calendar day, yyyy-MM-dd. */
  dueDate: string | null;
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

export const parseActionItemId = (value: unknown): number | null => {
  const id = typeof value === 'string' ? Number(value) : value;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
};

export const parseOwner = (value: unknown): ActionItemOwner => (value === 'manager' ? 'manager' : 'rep');

export const parseDueDate = (value: unknown): string | null =>
  typeof value === 'string' && CALENDAR_DAY.test(value) ? value : null;

export const parseClientKey = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : null;

/** Reads a node's attrs defensively: stored notes may predate an attribute or carry junk. */
export function readActionItemTaskAttrs(attrs: Record<string, unknown>): ActionItemTaskAttrs {
  return {
    checked: attrs.checked === true,
    actionItemId: parseActionItemId(attrs.actionItemId),
    clientKey: parseClientKey(attrs.clientKey),
    owner: parseOwner(attrs.owner),
    dueDate: parseDueDate(attrs.dueDate),
  };
}
