import { useState, type ReactNode } from 'react';
import type { MeetingSummary } from '@shared/meetings/meeting';
import { CancelMeetingModal } from './CancelMeetingModal';
import { RescheduleMeetingModal } from './RescheduleMeetingModal';
import { useMeetingStatus } from './use-meeting-status';

export interface MeetingActions {
  reschedule: (meeting: MeetingSummary) => void;
  markHeld: (meeting: MeetingSummary) => void;
  cancel: (meeting: MeetingSummary) => void;
  restore: (meeting: MeetingSummary) => void;
  pending: boolean;
}

/**
 * The actions every meeting row and the workspace header offer, with one reschedule modal and
 * one cancel confirmation per screen (not one per row). Render `dialogs` once.
 */
export function useMeetingDialogs(): { actions: MeetingActions; dialogs: ReactNode } {
  const [rescheduling, setRescheduling] = useState<MeetingSummary | null>(null);
  const [cancelling, setCancelling] = useState<MeetingSummary | null>(null);
  const status = useMeetingStatus();
  const actions: MeetingActions = {
    reschedule: setRescheduling,
    markHeld: (meeting) => status.setStatus(meeting, 'held'),
    cancel: setCancelling,
    restore: (meeting) => status.setStatus(meeting, 'scheduled'),
    pending: status.pending,
  };
  const dialogs = (
    <>
      <RescheduleMeetingModal meeting={rescheduling} onClose={() => setRescheduling(null)} />
      <CancelMeetingModal
        meeting={cancelling}
        onClose={() => setCancelling(null)}
        onConfirm={(meeting) => status.setStatus(meeting, 'cancelled')}
      />
    </>
  );
  return { actions, dialogs };
}
