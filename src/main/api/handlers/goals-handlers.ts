import type { ApiMethod } from '@shared/api/contract';
import type { Services } from '../../services/create-services';
import type { ApiHandlers } from '../registry';

type GoalsMethod = Extract<ApiMethod, `goals.${string}`>;

export const goalsHandlers = ({
  goals,
  goalCheckIns,
}: Pick<Services, 'goals' | 'goalCheckIns'>): ApiHandlers<GoalsMethod> => ({
  'goals.listForRep': (input) => goals.listForRep(input),
  'goals.get': ({ id }) => goals.get(id),
  'goals.create': (input) => goals.create(input),
  'goals.update': (input) => goals.update(input),
  'goals.close': ({ id }) => goals.close(id),
  'goals.reopen': ({ id }) => goals.reopen(id),
  'goals.setMilestoneDone': (input) => goals.setMilestoneDone(input),
  'goals.addCheckIn': (input) => goalCheckIns.add(input),
  'goals.updateCheckIn': (input) => goalCheckIns.update(input),
  'goals.removeCheckIn': ({ id }) => goalCheckIns.remove(id),
  'goals.checkImport': ({ csv }) => goalCheckIns.checkImport(csv),
  'goals.importCheckIns': ({ csv }) => goalCheckIns.importCheckIns(csv),
});
