import type { FollowUpOutcome } from '@shared/follow-ups/follow-up';
import { useApiMutation, type Invalidation } from '../../api/queries';

// An outcome closes, reopens or carries an item: every view of commitments and figures may change.
const AFFECTED: readonly Invalidation[] = [
  'followUps.panel',
  'team.overview',
  'accountability.forRep',
  'reminders.today',
  'actionItems.*',
  'reps.list',
];

export interface RecordInput {
  actionItemId: number;
  outcome: FollowUpOutcome;
  note: string | null;
  newDueDate: string | null;
}

/** Records and undoes this meeting's follow-up outcomes. */
export function useFollowUpActions(meetingId: number) {
  const record = useApiMutation('followUps.record', {
    invalidates: AFFECTED,
    errorTitle: 'Could not record the follow-up',
  });
  const undo = useApiMutation('followUps.undo', {
    invalidates: AFFECTED,
    errorTitle: 'Could not undo the follow-up',
  });
  return {
    record: (input: RecordInput, onRecorded?: () => void) =>
      record.mutate({ meetingId, ...input }, { onSuccess: () => onRecorded?.() }),
    undo: (actionItemId: number) => undo.mutate({ meetingId, actionItemId }),
  };
}
