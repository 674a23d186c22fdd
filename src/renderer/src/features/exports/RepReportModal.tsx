import { Modal } from '@mantine/core';
import { REP_REPORT_FORMATS } from '@shared/exports/exports';
import { describeSaved } from './describe-saved';
import { PeriodReportForm } from './PeriodReportForm';
import { lastTwelveMonths } from './saved-file';
import { pdfUnavailableHint, useFileJob } from './use-file-job';

interface RepReportModalProps {
  opened: boolean;
  repId: number;
  repName: string;
  onClose: () => void;
}

/** The coaching report for a review, a promotion case or a performance plan. */
export function RepReportModal(props: RepReportModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={`Coaching report for ${props.repName}`} size="md">
      {props.opened ? <RepReportForm {...props} /> : null}
    </Modal>
  );
}

function RepReportForm({ repId, repName, onClose }: RepReportModalProps) {
  const job = useFileJob('exports.repReport', {
    progress: `Building ${repName}'s coaching report`,
    errorTitle: 'Could not export the coaching report',
    success: (saved) => ({ title: 'Coaching report exported', message: describeSaved(saved) }),
    hint: pdfUnavailableHint,
  });

  return (
    <PeriodReportForm
      formats={REP_REPORT_FORMATS}
      initialFormat="pdf"
      initialRange={() => lastTwelveMonths()}
      job={job}
      inputFor={(choice) => ({ repId, ...choice })}
      onClose={onClose}
    >
      One-on-ones held, commitments and follow-through, goals with pacing, skill trends and items carried more than
      twice. Private notes are never included.
    </PeriodReportForm>
  );
}
