import { memo, useMemo } from 'react';
import { Grid, Paper, Stack } from '@mantine/core';
import type { MeetingWorkspace } from '@shared/meetings/meeting';
import { MeetingExportMenu } from '../../exports/MeetingExportMenu';
import { AutosaveStateIndicator } from '../../notes-editor/autosave/SaveStateIndicator';
import { useAutosaveConflict } from '../../notes-editor/autosave/use-notes-autosave';
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

/**
 * The fields of a workspace the screen reads only once, when it opens: the editors own the notes
 * from then on, and the autosave keeps the revision. A save writes them back into the cache.
 */
const READ_AT_OPEN = ['sharedNotes', 'privateNotes', 'notesRevision'] as const;

const changedOnlyByASave = (before: MeetingWorkspaceViewProps, after: MeetingWorkspaceViewProps): boolean =>
  before.onReload === after.onReload &&
  (Object.keys(after.workspace) as (keyof MeetingWorkspace)[]).every(
    (field) =>
      (READ_AT_OPEN as readonly string[]).includes(field) || before.workspace[field] === after.workspace[field],
  );

/**
 * The screen a manager lives in during a one-on-one: agenda left, notes centre, side panel right.
 * Memoised against saves: an autosave puts the saved notes and revision into the cached workspace,
 * and re-rendering every panel for that, every second or two while the manager types, cost frames
 * (the typing-latency budget). Changes the screen shows (action items, talking points) still render.
 */
export const MeetingWorkspaceView = memo(function MeetingWorkspaceView({
  workspace,
  onReload,
}: MeetingWorkspaceViewProps) {
  const { meeting } = workspace;
  const { autosave, sharedEditorRef } = useWorkspaceNotes(workspace);
  const agenda = useAgendaEditor(meeting.id, workspace.agenda);
  const defaultDueDate = useNextMeetingDay(meeting);
  const { actions, dialogs } = useMeetingDialogs();
  const refused = useAutosaveConflict(autosave);
  const conflict = useMemo(() => (refused ? { message: refused.message, onReload } : null), [refused, onReload]);

  return (
    <>
      <WorkspaceHeader
        meeting={meeting}
        actions={actions}
        saveState={<AutosaveStateIndicator autosave={autosave} onReload={onReload} />}
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
}, changedOnlyByASave);
