import { useRef, type RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Editor } from '@tiptap/react';
import type { MeetingWorkspace, SaveNotesResult } from '@shared/meetings/meeting';
import { subscribeFlushRequest } from '../../../api/client';
import { useApiMutation } from '../../../api/queries';
import type { SaveNotesInput } from '../../notes-editor/autosave/notes-autosave';
import { useNotesAutosave, type NotesAutosaveHandle } from '../../notes-editor/autosave/use-notes-autosave';
import { patchWorkspace } from './workspace-cache';

/**
 * Wires one meeting's notes to the API: autosave through `meetings.saveNotes` from the revision
 * the workspace opened at, ids for new action items put back into the shared editor, the side
 * panel refreshed from what the save returned, and a flush when the window asks to close.
 */
export function useWorkspaceNotes(workspace: MeetingWorkspace): {
  autosave: NotesAutosaveHandle;
  sharedEditorRef: RefObject<Editor | null>;
} {
  const meetingId = workspace.meeting.id;
  const queryClient = useQueryClient();
  const sharedEditorRef = useRef<Editor | null>(null);
  const saveNotes = useApiMutation('meetings.saveNotes', {
    // Counts and lists elsewhere show the action items this save created or changed.
    invalidates: ['actionItems.list', 'meetings.listForRep', 'meetings.upcoming', 'reps.list'],
    // The autosave shows failures itself (save state, retry, conflict alert): no toast per attempt.
    shouldNotify: () => false,
  });
  const { mutateAsync } = saveNotes;

  const onSaved = (result: SaveNotesResult) => {
    sharedEditorRef.current?.commands.applyAssignedActionItemIds(result.assignedActionItemIds);
    patchWorkspace(queryClient, meetingId, (current) => ({
      ...current,
      notesRevision: result.notesRevision,
      actionItems: result.actionItems,
    }));
  };

  const autosave = useNotesAutosave({
    meetingId,
    initialRevision: workspace.notesRevision,
    save: async (input: SaveNotesInput) => {
      const result = await mutateAsync({
        id: input.meetingId,
        baseRevision: input.baseRevision,
        ...(input.shared ? { shared: input.shared } : {}),
        ...(input.private ? { private: input.private } : {}),
      });
      // Keep the cached notes as saved, so anything that builds an editor from the cache again
      // starts from the saved text, never from what the meeting held when it was opened.
      patchWorkspace(queryClient, meetingId, (current) => ({
        ...current,
        ...(input.shared ? { sharedNotes: input.shared } : {}),
        ...(input.private ? { privateNotes: input.private } : {}),
      }));
      return result;
    },
    onSaved,
    subscribeFlushRequest,
  });
  return { autosave, sharedEditorRef };
}
