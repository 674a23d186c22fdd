import { TaskItem, type TaskItemOptions } from '@tiptap/extension-list';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { parseActionItemId, parseClientKey, parseDueDate, parseOwner } from './action-item-attrs';
import { ActionItemTaskView } from './ActionItemTaskView';
import { clientKeysPlugin } from './client-keys-plugin';

export interface ActionItemTaskOptions extends TaskItemOptions {
  /** Makes clientKeys; tests pass a counter so documents are predictable. */
  createClientKey: () => string;
  /** Due date (yyyy-MM-dd) a new task item starts with: the next scheduled one-on-one. */
  defaultDueDate: string | null;
}

export interface ActionItemTaskStorage {
  /** clientKey → id, from every save of this editor. */
  assignedIds: Map<string, number>;
  /** Starts as the option; the editor component updates it when the next one-on-one changes. */
  defaultDueDate: string | null;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    actionItemTask: {
      /**
       * Puts the ids main gave to new task items onto their nodes. Not an undo step: the manager
       * did not make this change, and undoing it would orphan the action item.
       */
      applyAssignedActionItemIds: (assigned: Record<string, number>) => ReturnType;
      /** The due date new task items start with from now on (the next one-on-one moved). */
      setDefaultActionItemDueDate: (dueDate: string | null) => ReturnType;
      /** Opens the owner/due-date popover of the task item at the cursor. */
      openActionItemDetails: () => ReturnType;
    };
  }
  interface Storage {
    actionItemTask: ActionItemTaskStorage;
  }
}

/** Attributes that start fresh on a split: the new line is a new action item with default details. */
const fresh = { keepOnSplit: false } as const;

/**
 * A task item that is an action item. Keeps TipTap's task item (checkbox, "[ ] " input rule,
 * Enter/Shift-Tab) and adds the action item's id, clientKey, owner and due date, rendered as
 * `data-*` attributes in HTML and plain attrs in JSON.
 */
export const ActionItemTask = TaskItem.extend<ActionItemTaskOptions, ActionItemTaskStorage>({
  addOptions() {
    return {
      ...(this.parent?.() ?? { nested: false, HTMLAttributes: {}, taskListTypeName: 'taskList' }),
      createClientKey: () => crypto.randomUUID(),
      defaultDueDate: null,
    };
  },

  addStorage() {
    return { assignedIds: new Map<string, number>(), defaultDueDate: this.options.defaultDueDate };
  },

  addAttributes() {
    return {
      ...this.parent?.(),
      actionItemId: {
        default: null,
        ...fresh,
        parseHTML: (element) => parseActionItemId(element.getAttribute('data-action-item-id')),
        renderHTML: (attrs) =>
          attrs.actionItemId === null ? {} : { 'data-action-item-id': String(attrs.actionItemId) },
      },
      clientKey: {
        default: null,
        ...fresh,
        parseHTML: (element) => parseClientKey(element.getAttribute('data-client-key')),
        renderHTML: (attrs) => (attrs.clientKey === null ? {} : { 'data-client-key': String(attrs.clientKey) }),
      },
      owner: {
        default: 'rep',
        ...fresh,
        parseHTML: (element) => parseOwner(element.getAttribute('data-owner')),
        renderHTML: (attrs) => ({ 'data-owner': parseOwner(attrs.owner) }),
      },
      dueDate: {
        default: null,
        ...fresh,
        parseHTML: (element) => parseDueDate(element.getAttribute('data-due-date')),
        renderHTML: (attrs) => (attrs.dueDate === null ? {} : { 'data-due-date': String(attrs.dueDate) }),
      },
    };
  },

  addNodeView() {
    return ReactNodeViewRenderer(ActionItemTaskView, {
      as: 'li',
      attrs: ({ node }) => ({ 'data-type': this.name, 'data-checked': String(node.attrs.checked === true) }),
    });
  },

  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      // Enter at the very start of a task item would otherwise move its text (and the action
      // item's meaning) into a new node while the old id stays on an empty line above.
      Enter: () => {
        const { state } = this.editor;
        const { $from, empty } = state.selection;
        const atStartOfItem =
          empty &&
          $from.depth >= 2 &&
          $from.parentOffset === 0 &&
          $from.parent.content.size > 0 &&
          $from.index(-1) === 0;
        if (atStartOfItem && $from.node(-1).type === this.type) {
          const itemPos = $from.before(-1);
          const emptyItem = this.type.createAndFill();
          if (!emptyItem) return false;
          return this.editor.commands.command(({ tr }) => {
            tr.insert(itemPos, emptyItem);
            tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map($from.pos)));
            return true;
          });
        }
        return this.editor.commands.splitListItem(this.name);
      },
      'Mod-Shift-a': () => this.editor.commands.openActionItemDetails(),
    };
  },

  addCommands() {
    return {
      ...this.parent?.(),
      applyAssignedActionItemIds:
        (assigned) =>
        ({ tr, dispatch }) => {
          for (const [clientKey, id] of Object.entries(assigned)) this.storage.assignedIds.set(clientKey, id);
          let changed = false;
          tr.doc.descendants((node, pos) => {
            if (node.type !== this.type) return true;
            const clientKey = parseClientKey(node.attrs.clientKey);
            const id = clientKey === null ? undefined : assigned[clientKey];
            if (id !== undefined && node.attrs.actionItemId !== id) {
              tr.setNodeMarkup(pos, undefined, { ...node.attrs, actionItemId: id });
              changed = true;
            }
            return true;
          });
          if (changed && dispatch) tr.setMeta('addToHistory', false);
          return true;
        },
      setDefaultActionItemDueDate: (dueDate) => () => {
        this.storage.defaultDueDate = dueDate;
        return true;
      },
      openActionItemDetails:
        () =>
        ({ state, view }) => {
          const { $from } = state.selection;
          for (let depth = $from.depth; depth > 0; depth -= 1) {
            if ($from.node(depth).type !== this.type) continue;
            const dom = view.nodeDOM($from.before(depth));
            const chip =
              dom instanceof HTMLElement ? dom.querySelector<HTMLButtonElement>('[data-action-item-chip]') : null;
            if (!chip) return false;
            // After ProseMirror has finished with this key: it puts the DOM selection (and focus)
            // back into the text when the command's transaction lands, which would close the popover.
            setTimeout(() => {
              chip.focus();
              chip.click();
            });
            return true;
          }
          return false;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      ...(this.parent?.() ?? []),
      clientKeysPlugin({
        typeName: this.name,
        createClientKey: this.options.createClientKey,
        defaultDueDate: () => this.storage.defaultDueDate,
        assignedIds: this.storage.assignedIds,
      }),
    ];
  },
});
