import type { QueryClient } from '@tanstack/react-query';
import type { MeetingWorkspace } from '@shared/meetings/meeting';
import { apiQueryKey } from '../../../api/queries';

/**
 * Puts what a save returned (revision, the meeting's action items) into the cached workspace,
 * so the side panel updates without a refetch. The editors read their content once, at mount,
 * so this never disturbs what the manager is typing.
 */
export function patchWorkspace(
  queryClient: QueryClient,
  meetingId: number,
  change: (workspace: MeetingWorkspace) => MeetingWorkspace,
): void {
  queryClient.setQueryData<MeetingWorkspace>(apiQueryKey('meetings.open', { id: meetingId }), (current) =>
    current ? change(current) : current,
  );
}
