import type { ActionItemOwner, ActionItemStatus } from '@shared/action-items/action-item';
import type { ExtractedTaskItem } from '@shared/notes/task-items';

/** An action item agreed in the meeting whose notes are being saved, as the sync needs it. */
export interface MeetingActionItem {
  id: number;
  title: string;
  owner: ActionItemOwner;
  dueDate: string | null;
  status: ActionItemStatus;
  position: number;
}

export interface ActionItemChanges {
  title?: string;
  owner?: ActionItemOwner;
  dueDate?: string | null;
  status?: ActionItemStatus;
  position?: number;
}

export interface NewActionItem {
  /** Index of the task item among the note's task items. */
  index: number;
  clientKey: string | null;
  title: string;
  owner: ActionItemOwner;
  dueDate: string | null;
  status: 'open' | 'done';
  position: number;
}

export interface TaskItemSyncPlan {
  updates: Array<{ id: number; changes: ActionItemChanges }>;
  creates: NewActionItem[];
  /** Items that were in the note at the last save and are not any more. */
  drops: number[];
  /** Task items that must carry an id they do not show yet (index → id). */
  reusedIds: Map<number, number>;
}

export interface TaskItemSyncInput {
  /** The shared notes' task items as saved now. */
  taskItems: readonly ExtractedTaskItem[];
  /** Action items created in this meeting. */
  meetingItems: readonly MeetingActionItem[];
  /** Task items of the notes as stored before this save. */
  previousTaskItems: readonly ExtractedTaskItem[];
  /** Due date of a new item that does not set one: the rep's next one-on-one, if any. */
  defaultDueDate: string | null;
}

/**
 * Decides what a notes save does to action items (docs/product-rules.md: the task item in the note and
 * the row are the same thing seen twice):
 * - a task item naming an item of this meeting, the first time it appears, updates that item:
 *   its text renames it (an emptied text keeps the old title: a title is required and the
 *   manager is probably retyping), its attributes set owner and due date, its box sets
 *   done/open — which also reopens an item dropped earlier (undo after a delete);
 * - any other task item with text creates an item: new, pasted from another meeting, or a
 *   copy of one already in the note. Empty ones wait until they have text;
 * - an item that was in the note at the last save and is gone is dropped, never deleted.
 */
export function planTaskItemSync(input: TaskItemSyncInput): TaskItemSyncPlan {
  const byId = new Map(input.meetingItems.map((item) => [item.id, item]));
  // A save whose answer the editor has not applied yet still names new items by clientKey
  // only; matching them to the ids the last save gave keeps a retry from creating twins.
  const idByClientKey = new Map<string, number>();
  for (const previous of input.previousTaskItems) {
    if (previous.clientKey && previous.actionItemId !== null)
      idByClientKey.set(previous.clientKey, previous.actionItemId);
  }

  const plan: TaskItemSyncPlan = { updates: [], creates: [], drops: [], reusedIds: new Map() };
  const claimed = new Set<number>();
  for (const taskItem of input.taskItems) {
    const id =
      taskItem.actionItemId ?? (taskItem.clientKey ? idByClientKey.get(taskItem.clientKey) : undefined) ?? null;
    const existing = id === null ? undefined : byId.get(id);
    if (existing && !claimed.has(existing.id)) {
      claimed.add(existing.id);
      if (taskItem.actionItemId !== existing.id) plan.reusedIds.set(taskItem.index, existing.id);
      const changes = changesFor(existing, taskItem);
      if (Object.keys(changes).length > 0) plan.updates.push({ id: existing.id, changes });
    } else if (taskItem.title !== '') {
      plan.creates.push({
        index: taskItem.index,
        clientKey: taskItem.clientKey,
        title: taskItem.title,
        owner: taskItem.owner ?? 'rep',
        dueDate: taskItem.dueDate === undefined ? input.defaultDueDate : taskItem.dueDate,
        status: taskItem.checked ? 'done' : 'open',
        position: taskItem.index,
      });
    }
  }

  for (const previous of input.previousTaskItems) {
    const item = previous.actionItemId === null ? undefined : byId.get(previous.actionItemId);
    if (item && !claimed.has(item.id) && item.status !== 'dropped' && !plan.drops.includes(item.id))
      plan.drops.push(item.id);
  }
  return plan;
}

function changesFor(item: MeetingActionItem, taskItem: ExtractedTaskItem): ActionItemChanges {
  const changes: ActionItemChanges = {};
  if (taskItem.title !== '' && taskItem.title !== item.title) changes.title = taskItem.title;
  if (taskItem.owner !== undefined && taskItem.owner !== item.owner) changes.owner = taskItem.owner;
  if (taskItem.dueDate !== undefined && taskItem.dueDate !== item.dueDate) changes.dueDate = taskItem.dueDate;
  const status = taskItem.checked ? 'done' : 'open';
  if (status !== item.status) changes.status = status;
  if (taskItem.index !== item.position) changes.position = taskItem.index;
  return changes;
}
