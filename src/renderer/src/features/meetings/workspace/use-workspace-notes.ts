import { useRef, type RefObject } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Editor } from '@tiptap/react';
import type { ActionItem } from '@shared/action-items/action-item';
import type { MeetingWorkspace, SaveNotesResult } from '@shared/meetings/meeting';
import { callApi, subscribeFlushRequest } from '../../../api/client';
import { invalidateApiQueries } from '../../../api/queries';
import type { SaveNotesInput } from '../../notes-editor/autosave/notes-autosave';
import { useNotesAutosave, type NotesAutosaveHandle } from '../../notes-editor/autosave/use-notes-autosave';
import { patchWorkspace } from './workspace-cache';

const sameActionItems = (before: readonly ActionItem[], after: readonly ActionItem[]): boolean =>
  JSON.stringify(before) === JSON.stringify(after);

/**
 * Wires one meeting's notes to the API: autosave through `meetings.saveNotes` from the revision
 * the workspace opened at, ids for new action items put back into the shared editor, the side
 * panel refreshed from what the save returned, and a flush when the window asks to close.
 *
 * The save is a plain call, not a TanStack mutation: a mutation's pending/success states would
 * re-render the workspace twice per autosave while the manager types. The autosave shows
 * failures itself (save state, retry, conflict alert), so no toast per attempt either.
 */
export function useWorkspaceNotes(workspace: MeetingWorkspace): {
  autosave: NotesAutosaveHandle;
  sharedEditorRef: RefObject<Editor | null>;
} {
  const meetingId = workspace.meeting.id;
  const queryClient = useQueryClient();
  const sharedEditorRef = useRef<Editor | null>(null);

  // After the save landed, never inside it: a failing follow-up must not make the autosave
  // retry a write that succeeded (see NotesAutosave.succeeded).
  const onSaved = (result: SaveNotesResult, saved: SaveNotesInput) => {
    sharedEditorRef.current?.commands.applyAssignedActionItemIds(result.assignedActionItemIds);
    // One write to the cached workspace: the notes as saved (anything that builds an editor from
    // the cache again starts from them, never from what the meeting held when opened), the new
    // revision, and the meeting's action items for the side panel.
    let actionItemsChanged = true;
    patchWorkspace(queryClient, meetingId, (current) => {
      actionItemsChanged = !sameActionItems(current.actionItems, result.actionItems);
      return {
        ...current,
        ...(saved.shared ? { sharedNotes: saved.shared } : {}),
        ...(saved.private ? { privateNotes: saved.private } : {}),
        notesRevision: result.notesRevision,
        actionItems: result.actionItems,
      };
    });
    // Counts and lists elsewhere show this meeting's action items; plain typing leaves them as
    // they were, and refetching those lists on every autosave would cost frames for nothing.
    if (actionItemsChanged) {
      void invalidateApiQueries(queryClient, [
        'actionItems.list',
        'meetings.listForRep',
        'meetings.upcoming',
        'reps.list',
      ]);
    }
  };

  const autosave = useNotesAutosave({
    meetingId,
    initialRevision: workspace.notesRevision,
    save: (input: SaveNotesInput) =>
      callApi('meetings.saveNotes', {
        id: input.meetingId,
        baseRevision: input.baseRevision,
        ...(input.shared ? { shared: input.shared } : {}),
        ...(input.private ? { private: input.private } : {}),
      }),
    onSaved,
    subscribeFlushRequest,
  });
  return { autosave, sharedEditorRef };
}
