import type { ApiMethod } from '@shared/api/contract';
import type { RepsService } from '../../services/reps';
import type { ApiHandlers } from '../registry';

type RepsMethod = Extract<ApiMethod, `reps.${string}`>;

export const repsHandlers = (reps: RepsService): ApiHandlers<RepsMethod> => ({
  'reps.list': (input) => reps.list(input),
  'reps.get': ({ id }) => reps.get(id),
  'reps.create': (fields) => reps.create(fields),
  'reps.update': (input) => reps.update(input),
  'reps.archive': ({ id }) => reps.archive(id),
  'reps.unarchive': ({ id }) => reps.unarchive(id),
  'reps.teams': () => reps.teams(),
});
