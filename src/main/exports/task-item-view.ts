import type { TiptapNode } from '@shared/notes/tiptap-json';
import { formatDay } from './report-format';

export type TaskOwner = 'rep' | 'manager';
export type TaskStatus = 'open' | 'done' | 'dropped';

/** What an export shows beside a task item: the action item's row wins over the note's attributes. */
export interface TaskItemFacts {
  status: TaskStatus;
  owner: TaskOwner | null;
  dueDate: string | null;
}

/** Looks an action item up by id; the note's copy of status, owner and due date may be stale. */
export type TaskLookup = (actionItemId: number) => TaskItemFacts | undefined;

export function taskItemFacts(node: TiptapNode, lookup?: TaskLookup): TaskItemFacts {
  const attrs = node.attrs ?? {};
  const id = attrs.actionItemId;
  const fromRow = typeof id === 'number' && lookup ? lookup(id) : undefined;
  if (fromRow) return fromRow;
  const owner = attrs.owner === 'rep' || attrs.owner === 'manager' ? attrs.owner : null;
  const dueDate = typeof attrs.dueDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(attrs.dueDate) ? attrs.dueDate : null;
  return { status: attrs.checked === true ? 'done' : 'open', owner, dueDate };
}

export const TASK_BOX: Record<TaskStatus, string> = { open: '☐', done: '☑', dropped: '☒' };

/** "Rep · due 2026-12-04 · dropped": the details after a task item's text, empty when there are none. */
export function taskDetails(facts: TaskItemFacts, ownerNames: { rep: string; manager: string }): string[] {
  const details: string[] = [];
  if (facts.owner) details.push(ownerNames[facts.owner]);
  if (facts.dueDate) details.push(`due ${formatDay(facts.dueDate)}`);
  if (facts.status === 'dropped') details.push('dropped');
  return details;
}
