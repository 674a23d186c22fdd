import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { parseActionItemId, parseClientKey } from './action-item-attrs';

export interface ClientKeysPluginOptions {
  typeName: string;
  createClientKey: () => string;
  /** Due date for a task item that has just appeared (the next one-on-one), or null. */
  defaultDueDate: () => string | null;
  /** Ids the main process gave out, by clientKey: restores an id when undo/redo brings back a node without it. */
  assignedIds: ReadonlyMap<string, number>;
}

export const clientKeysPluginKey = new PluginKey('actionItemClientKeys');

/**
 * Whether a transaction may have added a task item or changed one's attributes. Plain typing
 * (the common case, and the one that has to stay fast in a long note) does neither, so the
 * document walk below is skipped for it.
 */
function mayTouchTaskItems(transactions: readonly Transaction[], typeName: string): boolean {
  return transactions.some((tr) =>
    tr.steps.some((step) => {
      if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return true;
      let found = false;
      step.slice.content.descendants((node) => {
        if (node.type.name === typeName) found = true;
        return !found;
      });
      return found;
    }),
  );
}

/**
 * Gives every task item a clientKey of its own. A task item that appears without one (typed,
 * toggled, pasted from elsewhere), or that duplicates a key or id seen earlier in the note (a
 * copy-paste, an Enter split), is a new action item: new key, no id. Ids handed out by main are
 * put back on nodes that lost them through undo/redo, so the same action item is not created twice.
 */
export function clientKeysPlugin(options: ClientKeysPluginOptions): Plugin {
  return new Plugin({
    key: clientKeysPluginKey,
    appendTransaction(transactions, _oldState: EditorState, newState: EditorState) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      if (!mayTouchTaskItems(transactions, options.typeName)) return null;
      const seenKeys = new Set<string>();
      const seenIds = new Set<number>();
      let tr: Transaction | null = null;
      newState.doc.descendants((node: ProseMirrorNode, pos: number) => {
        if (node.type.name !== options.typeName) return true;
        let clientKey = parseClientKey(node.attrs.clientKey);
        let actionItemId = parseActionItemId(node.attrs.actionItemId);
        let dueDate: unknown = node.attrs.dueDate;
        const duplicate =
          (clientKey !== null && seenKeys.has(clientKey)) || (actionItemId !== null && seenIds.has(actionItemId));
        if (clientKey === null || duplicate) {
          clientKey = options.createClientKey();
          actionItemId = null;
          if (dueDate === null) dueDate = options.defaultDueDate();
        } else if (actionItemId === null) {
          actionItemId = options.assignedIds.get(clientKey) ?? null;
        }
        seenKeys.add(clientKey);
        if (actionItemId !== null) seenIds.add(actionItemId);
        if (
          clientKey !== node.attrs.clientKey ||
          actionItemId !== node.attrs.actionItemId ||
          dueDate !== node.attrs.dueDate
        ) {
          tr ??= newState.tr;
          tr.setNodeMarkup(pos, undefined, { ...node.attrs, clientKey, actionItemId, dueDate });
        }
        return true;
      });
      return tr;
    },
  });
}
