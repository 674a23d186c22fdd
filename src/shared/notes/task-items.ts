import type { ActionItemOwner, ActionItemStatus } from '../action-items/action-item';
import { ACTION_ITEM_TITLE_MAX } from '../action-items/action-item';
import { isCalendarDate } from '../validation';
import { tiptapToPlainText, type TiptapDoc, type TiptapNode } from './tiptap-json';

/*
 * A task item in the shared notes *is* an action item (docs/product-rules.md): these pure functions read
 * and rewrite the task items of a TipTap document. Main uses them to sync notes with the
 * action_items rows; the renderer may use them to apply ids handed back by a save.
 */

export const TASK_ITEM = 'taskItem';
export const TASK_LIST = 'taskList';

/** The attributes a shared-notes task item carries (see the renderer's task-item extension). */
export interface TaskItemAttrs {
  checked: boolean;
  /** The action item it is; null until the first save gives it one. */
  actionItemId: number | null;
  /** Made by the editor so a save can say which new task item got which id. */
  clientKey: string | null;
  /** Undefined when the node does not say (older notes): the row's value is kept. */
  owner: ActionItemOwner | undefined;
  /** yyyy-MM-dd, null for "no due date", undefined when the node does not say. */
  dueDate: string | null | undefined;
}

export interface ExtractedTaskItem extends TaskItemAttrs {
  /** Position among the document's task items, in document order (nested ones included). */
  index: number;
  /** Plain text of the item's first paragraph, trimmed and cut to the title limit. */
  title: string;
}

/** What the note needs to know about an action item to show it. */
export interface TaskItemSource {
  id: number;
  title: string;
  owner: ActionItemOwner;
  dueDate: string | null;
  status: ActionItemStatus;
}

const isOwner = (value: unknown): value is ActionItemOwner => value === 'rep' || value === 'manager';

const idAttr = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;

/** The item's own text: its first paragraph, not the nested task lists under it. */
export function taskItemTitle(node: TiptapNode): string {
  const first = node.content?.find((child) => child.type !== TASK_LIST);
  const text = first ? tiptapToPlainText(first).replace(/\s+/g, ' ').trim() : '';
  return text.slice(0, ACTION_ITEM_TITLE_MAX);
}

export function readTaskItemAttrs(node: TiptapNode): TaskItemAttrs {
  const attrs = node.attrs ?? {};
  const dueDate = attrs.dueDate;
  return {
    checked: attrs.checked === true,
    actionItemId: idAttr(attrs.actionItemId),
    clientKey: typeof attrs.clientKey === 'string' && attrs.clientKey !== '' ? attrs.clientKey : null,
    owner: isOwner(attrs.owner) ? attrs.owner : undefined,
    dueDate: dueDate === null ? null : typeof dueDate === 'string' && isCalendarDate(dueDate) ? dueDate : undefined,
  };
}

/** Every task item of the document, in document order. */
export function extractTaskItems(doc: TiptapNode): ExtractedTaskItem[] {
  const found: ExtractedTaskItem[] = [];
  const walk = (node: TiptapNode) => {
    if (node.type === TASK_ITEM)
      found.push({ ...readTaskItemAttrs(node), index: found.length, title: taskItemTitle(node) });
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return found;
}

/**
 * Task-item attributes that are present but wrong (a due date that is not a date, an unknown
 * owner). The boundary refuses such a save instead of quietly ignoring what the manager set.
 */
export function taskItemAttrProblems(doc: TiptapNode): Array<{ field: 'dueDate' | 'owner'; message: string }> {
  const problems: Array<{ field: 'dueDate' | 'owner'; message: string }> = [];
  for (const node of taskItemNodes(doc)) {
    const { dueDate, owner } = node.attrs ?? {};
    if (dueDate !== undefined && dueDate !== null && !(typeof dueDate === 'string' && isCalendarDate(dueDate))) {
      problems.push({ field: 'dueDate', message: 'Due date must be a date (yyyy-mm-dd)' });
    }
    if (owner !== undefined && owner !== null && !isOwner(owner)) {
      problems.push({ field: 'owner', message: 'Owner must be the rep or the manager' });
    }
  }
  return problems;
}

function taskItemNodes(doc: TiptapNode): TiptapNode[] {
  const nodes: TiptapNode[] = [];
  // Defensive about shape: this also runs beside the structural check of a doc that may fail it.
  const walk = (node: TiptapNode) => {
    if (typeof node !== 'object' || node === null) return;
    if (node.type === TASK_ITEM) nodes.push(node);
    if (Array.isArray(node.content)) for (const child of node.content) walk(child);
  };
  walk(doc);
  return nodes;
}

/**
 * Rewrites task items in document order; `change` returns the replacement node, or null to
 * remove it. Task lists left empty are removed too: ProseMirror's schema needs at least one
 * item in a list. Untouched subtrees are shared with the input, which is never mutated.
 */
export function mapTaskItems<T extends TiptapNode>(
  doc: T,
  change: (node: TiptapNode, index: number) => TiptapNode | null,
): T {
  let index = 0;
  const visit = (node: TiptapNode): TiptapNode | null => {
    if (node.type === TASK_ITEM) {
      const replaced = change(node, index);
      index += 1;
      if (replaced === null) return null;
      return withChildren(replaced, visitChildren(replaced));
    }
    const children = visitChildren(node);
    if (node.type === TASK_LIST && children && children.length === 0) return null;
    return withChildren(node, children);
  };
  const visitChildren = (node: TiptapNode): TiptapNode[] | undefined => {
    if (!node.content) return undefined;
    const next: TiptapNode[] = [];
    for (const child of node.content) {
      const visited = visit(child);
      if (visited) next.push(visited);
    }
    return next;
  };
  const withChildren = (node: TiptapNode, children: TiptapNode[] | undefined): TiptapNode => {
    if (!children || (node.content && sameNodes(children, node.content))) return node;
    return { ...node, content: children };
  };
  return (visit(doc) ?? { ...doc, content: [] }) as T;
}

const sameNodes = (a: TiptapNode[], b: TiptapNode[]) => a.length === b.length && a.every((node, i) => node === b[i]);

/** Gives task items their action-item ids: `ids[index]` for the index-th task item, when set. */
export function setTaskItemIds<T extends TiptapNode>(doc: T, ids: ReadonlyMap<number, number>): T {
  return mapTaskItems(doc, (node, index) => {
    const id = ids.get(index);
    return id === undefined || node.attrs?.actionItemId === id
      ? node
      : { ...node, attrs: { ...node.attrs, actionItemId: id } };
  });
}

/** A task item showing `item`: the inverse of extraction, used for items added from a form. */
export function taskItemFor(item: TaskItemSource): TiptapNode {
  return {
    type: TASK_ITEM,
    attrs: attrsFor(item, null),
    content: [{ type: 'paragraph', content: [{ type: 'text', text: item.title }] }],
  };
}

const attrsFor = (item: TaskItemSource, clientKey: string | null): Record<string, unknown> => ({
  checked: item.status === 'done',
  actionItemId: item.id,
  clientKey,
  owner: item.owner,
  dueDate: item.dueDate,
});

/**
 * The note as it should open: task items show their action item's current state (edited from
 * the lists meanwhile), dropped items' task items are left out, and items of this meeting the
 * note does not show yet (added from a form) are appended as a task list at the end.
 * `items` are the meeting's own action items; ids of other meetings are left alone.
 */
export function refreshTaskItems(doc: TiptapDoc, items: readonly TaskItemSource[]): TiptapDoc {
  const byId = new Map(items.map((item) => [item.id, item]));
  const shown = new Set<number>();
  const refreshed = mapTaskItems(doc, (node) => {
    const attrs = readTaskItemAttrs(node);
    const item = attrs.actionItemId === null ? undefined : byId.get(attrs.actionItemId);
    if (!item || shown.has(item.id)) return node;
    shown.add(item.id);
    if (item.status === 'dropped') return null;
    return refreshNode(node, item, attrs);
  });
  const missing = items.filter((item) => item.status !== 'dropped' && !shown.has(item.id));
  if (missing.length === 0) return refreshed;
  return {
    ...refreshed,
    content: [...(refreshed.content ?? []), { type: TASK_LIST, content: missing.map(taskItemFor) }],
  };
}

function refreshNode(node: TiptapNode, item: TaskItemSource, attrs: TaskItemAttrs): TiptapNode {
  const wanted = attrsFor(item, attrs.clientKey);
  const attrsChanged = attrs.checked !== wanted.checked || attrs.owner !== item.owner || attrs.dueDate !== item.dueDate;
  const titleChanged = taskItemTitle(node) !== item.title;
  if (!attrsChanged && !titleChanged) return node;
  const content = node.content ?? [];
  const firstIndex = content.findIndex((child) => child.type !== TASK_LIST);
  // Renamed from a list: the new title replaces the first paragraph (its marks go with the old text).
  const paragraph: TiptapNode = { type: 'paragraph', content: [{ type: 'text', text: item.title }] };
  const nextContent = !titleChanged
    ? content
    : firstIndex === -1
      ? [paragraph, ...content]
      : content.map((child, i) => (i === firstIndex ? paragraph : child));
  return { ...node, attrs: { ...node.attrs, ...wanted }, content: nextContent };
}
