import type { TiptapDoc, TiptapNode } from '@shared/notes/tiptap-json';

/** Editor JSON builders: the shapes TipTap's StarterKit and task-list extensions produce. */
export const text = (value: string): TiptapNode => ({ type: 'text', text: value });
export const paragraph = (value: string): TiptapNode => ({ type: 'paragraph', content: value ? [text(value)] : [] });
export const heading = (value: string): TiptapNode => ({
  type: 'heading',
  attrs: { level: 2 },
  content: [text(value)],
});
export const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
export const taskList = (...items: TiptapNode[]): TiptapNode => ({ type: 'taskList', content: items });

export interface TaskAttrs {
  checked?: boolean;
  actionItemId?: number | null;
  clientKey?: string | null;
  owner?: unknown;
  dueDate?: unknown;
}

/** A task item as the editor makes it: a new one has a clientKey and no id yet. */
export const taskItem = (title: string, attrs: TaskAttrs = {}, ...nested: TiptapNode[]): TiptapNode => ({
  type: 'taskItem',
  attrs: { checked: false, actionItemId: null, clientKey: null, ...attrs },
  content: [paragraph(title), ...nested],
});

/** The task items of a stored doc, as the manager would read them. */
export function taskItemsOf(node: TiptapNode): Array<{ title: string; attrs: Record<string, unknown> }> {
  const found: Array<{ title: string; attrs: Record<string, unknown> }> = [];
  const walk = (current: TiptapNode) => {
    if (current.type === 'taskItem') {
      const first = current.content?.[0];
      found.push({
        title: (first?.content ?? []).map((child) => child.text ?? '').join(''),
        attrs: current.attrs ?? {},
      });
    }
    for (const child of current.content ?? []) walk(child);
  };
  walk(node);
  return found;
}
