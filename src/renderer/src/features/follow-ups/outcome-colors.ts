import type { FollowUpOutcome } from '@shared/follow-ups/follow-up';

/** One colour per outcome wherever an outcome is shown: the panel and the rep's check history. */
export const OUTCOME_COLORS: Record<FollowUpOutcome, string> = {
  done: 'teal',
  partly_done: 'yellow',
  not_done: 'orange',
  // A fixed shade: the theme's plain gray, filled, all but vanishes on the dark background.
  dropped: 'gray.6',
};
