import { defineMethod } from '../api/define-method';
import { briefSchema, type PreMeetingBrief } from './brief';

export const briefContract = {
  /** One call, one panel: shown on the rep page and beside the notes of a one-on-one. */
  'brief.forRep': defineMethod<PreMeetingBrief>()(briefSchema),
};
