import type { ApiMethod } from '@shared/api/contract';
import type { ActionItemsService } from '../../services/action-items';
import type { ApiHandlers } from '../registry';

type ActionItemsMethod = Extract<ApiMethod, `actionItems.${string}`>;

export const actionItemsHandlers = (actionItems: ActionItemsService): ApiHandlers<ActionItemsMethod> => ({
  'actionItems.list': (input) => actionItems.list(input),
  'actionItems.create': (input) => actionItems.create(input),
  'actionItems.update': (input) => actionItems.update(input),
  'actionItems.linkGoal': (input) => actionItems.linkGoal(input),
});
