import { defineMethod } from '../api/define-method';
import {
  followUpPanelSchema,
  recordFollowUpSchema,
  undoFollowUpSchema,
  type FollowUpPanel,
  type FollowUpPanelItem,
} from './follow-up';

export const followUpsContract = {
  /** Every open commitment of the meeting's rep from earlier one-on-ones, oldest first. */
  'followUps.panel': defineMethod<FollowUpPanel>()(followUpPanelSchema),
  /** Records (or replaces) this meeting's outcome for an item and applies it; answers the item as the panel shows it. */
  'followUps.record': defineMethod<FollowUpPanelItem>()(recordFollowUpSchema),
  /** Removes this meeting's check and reverses its effect. */
  'followUps.undo': defineMethod<FollowUpPanelItem>()(undoFollowUpSchema),
};
