import type { ApiMethod } from '@shared/api/contract';
import type { RepImportService } from '../../services/rep-import';
import type { ApiHandlers } from '../registry';

type RepImportMethod = Extract<ApiMethod, `repImport.${string}`>;

export const repImportHandlers = (repImport: RepImportService): ApiHandlers<RepImportMethod> => ({
  'repImport.preview': () => repImport.preview(),
  'repImport.confirm': ({ token }) => repImport.confirm(token),
  'repImport.saveTemplate': () => repImport.saveTemplate(),
});
