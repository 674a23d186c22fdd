import { defineMethod } from '../api/define-method';
import { timelineEntryRefSchema, timelinePageSchema, type TimelineEntryDetail, type TimelinePage } from './timeline';

export const timelineContract = {
  /** A rep's history newest first, a page at a time (keyset), filterable by kind and dates. */
  'timeline.page': defineMethod<TimelinePage>()(timelinePageSchema),
  'timeline.entry': defineMethod<TimelineEntryDetail>()(timelineEntryRefSchema),
};
