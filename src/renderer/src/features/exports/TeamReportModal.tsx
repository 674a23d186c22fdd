import { Modal } from '@mantine/core';
import type { DayRange } from '@shared/accountability/period';
import { TEAM_REPORT_FORMATS } from '@shared/exports/exports';
import { describeSaved } from './describe-saved';
import { PeriodReportForm } from './PeriodReportForm';
import { pdfUnavailableHint, useFileJob } from './use-file-job';

interface TeamReportModalProps {
  opened: boolean;
  /** The team filter of the team view; null is everyone. */
  team: string | null;
  /** The team view's period, the report's starting range. */
  period: DayRange;
  onClose: () => void;
}

/** The team report for leadership: one row per active rep with the team view's figures. */
export function TeamReportModal(props: TeamReportModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Team report" size="md">
      {props.opened ? <TeamReportForm {...props} /> : null}
    </Modal>
  );
}

function TeamReportForm({ team, period, onClose }: TeamReportModalProps) {
  const job = useFileJob('exports.teamReport', {
    progress: 'Building the team report',
    errorTitle: 'Could not export the team report',
    success: (saved) => ({ title: 'Team report exported', message: describeSaved(saved) }),
    hint: pdfUnavailableHint,
  });

  return (
    <PeriodReportForm
      formats={TEAM_REPORT_FORMATS}
      initialFormat="pdf"
      initialRange={[period.from, period.to]}
      job={job}
      inputFor={(choice) => ({ team, ...choice })}
      onClose={onClose}
    >
      {team ? `Every active rep in ${team}` : 'Every active rep'}: one-on-ones, commitments, follow-through and who
      needs attention.
    </PeriodReportForm>
  );
}
