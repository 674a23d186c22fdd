import type { ApiMethod } from '@shared/api/contract';
import type { UpdateService } from '../../updates/update-service';
import type { ApiHandlers } from '../registry';

type UpdatesMethod = Extract<ApiMethod, `updates.${string}`>;

export const updatesHandlers = (updates: UpdateService): ApiHandlers<UpdatesMethod> => ({
  'updates.status': () => updates.status(),
  'updates.setChecksEnabled': ({ enabled }) => updates.setChecksEnabled(enabled),
  'updates.check': () => updates.check(),
  'updates.install': () => updates.install(),
});
