import { defineMethod } from '../api/define-method';
import {
  createActionItemSchema,
  linkGoalSchema,
  listActionItemsSchema,
  updateActionItemSchema,
  type ActionItem,
  type ActionItemListItem,
} from './action-item';

export const actionItemsContract = {
  'actionItems.list': defineMethod<ActionItemListItem[]>()(listActionItemsSchema),
  'actionItems.create': defineMethod<ActionItem>()(createActionItemSchema),
  /** Edits from the lists or the inline chip; the note shows them next time it opens. */
  'actionItems.update': defineMethod<ActionItem>()(updateActionItemSchema),
  /** Links an item to one of its rep's goals (null unlinks); the goal page lists it with its outcomes. */
  'actionItems.linkGoal': defineMethod<ActionItem>()(linkGoalSchema),
};
