import type { ApiMethod } from '@shared/api/contract';
import type { FollowUpsService } from '../../services/follow-ups';
import type { ApiHandlers } from '../registry';

type FollowUpsMethod = Extract<ApiMethod, `followUps.${string}`>;

export const followUpsHandlers = (followUps: FollowUpsService): ApiHandlers<FollowUpsMethod> => ({
  'followUps.panel': (input) => followUps.panel(input),
  'followUps.record': (input) => followUps.record(input),
  'followUps.undo': (input) => followUps.undo(input),
});
