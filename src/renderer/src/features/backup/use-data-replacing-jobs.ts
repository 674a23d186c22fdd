import { useQueryClient } from '@tanstack/react-query';
import { describeRows } from '../exports/import-rows';
import { fileNameOf } from '../exports/saved-file';
import { useFileJob } from '../exports/use-file-job';

/**
 * Restore and import replace what every screen shows, so after either one every cached query is
 * stale: refetch them all rather than guess which.
 */
export function useDataReplacingJobs() {
  const queryClient = useQueryClient();
  const refetchEverything = () => queryClient.invalidateQueries();

  const restore = useFileJob('backup.restore', {
    progress: 'Restoring the backup',
    progressMessage: (input) =>
      input.backupId
        ? 'Checking the backup, then switching to it.'
        : 'Choose the backup file; Coachbook checks it before switching.',
    errorTitle: 'The backup was not restored',
    afterSuccess: refetchEverything,
    success: (result) => ({
      title: 'Backup restored',
      message: `Your data is as it was in ${fileNameOf(result.restoredFrom)}. The file it replaced is kept, unchanged, in the backups folder as ${fileNameOf(result.keptAsideAs)}.`,
    }),
  });

  const importJson = useFileJob('imports.json', {
    progress: 'Importing the JSON export',
    progressMessage: () => 'Choose the export file; Coachbook checks every row before importing anything.',
    errorTitle: 'Nothing was imported',
    afterSuccess: refetchEverything,
    success: (result) => ({
      title: 'Import finished',
      message: `${describeRows(result.rows)} from ${fileNameOf(result.filePath)}.`,
    }),
  });

  return { restore, importJson };
}
