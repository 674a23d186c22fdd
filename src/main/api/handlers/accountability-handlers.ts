import type { ApiMethod } from '@shared/api/contract';
import type { Services } from '../../services/create-services';
import type { ApiHandlers } from '../registry';

type AccountabilityMethod = Extract<ApiMethod, `team.${string}` | `accountability.${string}` | `reminders.${string}`>;

export const accountabilityHandlers = (
  services: Pick<Services, 'teamOverview' | 'repAccountability' | 'reminders'>,
): ApiHandlers<AccountabilityMethod> => ({
  'team.overview': (input) => services.teamOverview.overview(input),
  'accountability.forRep': (input) => services.repAccountability.forRep(input),
  'reminders.today': () => services.reminders.today(),
});
