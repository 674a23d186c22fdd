import type { ApiMethod } from '@shared/api/contract';
import type { Services } from '../../services/create-services';
import type { ApiHandlers } from '../registry';

type MeetingsMethod = Extract<ApiMethod, `meetings.${string}`>;

export const meetingsHandlers = ({
  meetings,
  meetingWorkspace,
  meetingNotes,
}: Pick<Services, 'meetings' | 'meetingWorkspace' | 'meetingNotes'>): ApiHandlers<MeetingsMethod> => ({
  'meetings.listForRep': (input) => meetings.listForRep(input),
  'meetings.upcoming': (input) => meetings.upcoming(input),
  'meetings.suggestSlot': ({ repId }) => meetings.suggestSlot(repId),
  'meetings.schedule': (input) => meetings.schedule(input),
  'meetings.reschedule': (input) => meetings.reschedule(input),
  'meetings.setStatus': (input) => meetings.setStatus(input),
  'meetings.cancellation': ({ id }) => meetings.cancellation(id),
  'meetings.open': ({ id }) => meetingWorkspace.open(id),
  'meetings.saveNotes': (input) => meetingNotes.saveNotes(input),
  'meetings.updateAgenda': (input) => meetings.updateAgenda(input),
});
