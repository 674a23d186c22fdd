import type { CsvExportKind } from '@shared/exports/exports';
import { describeSaved } from './describe-saved';
import { useFileJob } from './use-file-job';

export const CSV_LABELS: Record<CsvExportKind, string> = {
  'action-items': 'Action items with check history',
  goals: 'Goals with check-ins',
  meetings: 'One-on-ones (shared notes only)',
};

/**
 * A spreadsheet of one kind: every rep's rows, or one rep's when `repId` is given (main then puts
 * the rep's name in the file name it proposes). Main never puts private notes in a CSV.
 */
export function useCsvExport() {
  const job = useFileJob('exports.csv', {
    progress: 'Exporting a spreadsheet',
    errorTitle: 'Could not export the spreadsheet',
    success: (saved, input) => ({ title: `${CSV_LABELS[input.kind]} exported`, message: describeSaved(saved) }),
  });
  return {
    exportCsv: (kind: CsvExportKind, repId?: number) => job.run(repId === undefined ? { kind } : { kind, repId }),
    pending: job.pending,
  };
}
