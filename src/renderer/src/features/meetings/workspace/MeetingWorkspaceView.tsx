import { Grid, Paper, Stack } from '@mantine/core';
import type { MeetingWorkspace } from '@shared/meetings/meeting';
import { MeetingExportMenu } from '../../exports/MeetingExportMenu';
import { SaveStateIndicator } from '../../notes-editor/autosave/SaveStateIndicator';
import { useMeetingDialogs } from '../use-meeting-dialogs';
import { AgendaPanel } from './AgendaPanel';
import { MeetingSidePanel } from './MeetingSidePanel';
import { NotesPanel } from './NotesPanel';
import { TalkingPointsPanel } from './TalkingPointsPanel';
import { useAgendaEditor } from './use-agenda-editor';
import { useNextMeetingDay } from './use-next-meeting-day';
import { useWorkspaceNotes } from './use-workspace-notes';
import { WorkspaceHeader } from './WorkspaceHeader';
import { localDayOf } from '../../accountability/format';

interface MeetingWorkspaceViewProps {
  /** The workspace as last read; the editors and agenda take their starting content from the first one. */
  workspace: MeetingWorkspace;
  /** Throw away local state and read the meeting again (after a conflict). */
  onReload: () => void;
}

/** The screen a manager lives in during a one-on-one: agenda left, notes centre, side panel right. */
export function MeetingWorkspaceView({ workspace, onReload }: MeetingWorkspaceViewProps) {
  const { meeting } = workspace;
  const { autosave, sharedEditorRef } = useWorkspaceNotes(workspace);
  const agenda = useAgendaEditor(meeting.id, workspace.agenda);
  const defaultDueDate = useNextMeetingDay(meeting);
  const { actions, dialogs } = useMeetingDialogs();
  const conflict = autosave.state === 'conflict' ? { message: autosave.message, onReload } : null;

  return (
    <>
      <WorkspaceHeader
        meeting={meeting}
        actions={actions}
        saveState={<SaveStateIndicator state={autosave.state} message={autosave.message} onReload={onReload} />}
        exportMenu={
          <MeetingExportMenu meetingId={meeting.id} repName={meeting.repName} beforeExport={autosave.flush} />
        }
      />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }} order={{ base: 2, lg: 1 }}>
          <Paper withBorder radius="md" p="md">
            <Stack gap="lg">
              <AgendaPanel editor={agenda} />
              <TalkingPointsPanel
                meetingId={meeting.id}
                repId={meeting.repId}
                repName={meeting.repName}
                initial={workspace.talkingPoints}
              />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }} order={{ base: 1, lg: 2 }}>
          <NotesPanel
            meetingId={meeting.id}
            shared={workspace.sharedNotes}
            private={workspace.privateNotes}
            onChange={autosave.notifyChange}
            onBlur={autosave.flush}
            sharedEditorRef={sharedEditorRef}
            defaultDueDate={defaultDueDate}
            conflict={conflict}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 3 }} order={3}>
          <Paper withBorder radius="md" p="md">
            <MeetingSidePanel
              meetingId={workspace.meeting.id}
              repId={workspace.meeting.repId}
              meetingDay={localDayOf(workspace.meeting.scheduledAt)}
              actionItems={workspace.actionItems}
            />
          </Paper>
        </Grid.Col>
      </Grid>
      {dialogs}
    </>
  );
}
