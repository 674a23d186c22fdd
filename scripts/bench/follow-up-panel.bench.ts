import type { CoachbookCore } from '../../src/main/app-core';
import type { FollowUpPanel } from '@shared/follow-ups/follow-up';
import type { BenchCase } from './measure';

/**
 * Issue 4: the follow-up panel of a rep's next one-on-one after five years of history. The
 * panel's own SQL is already the hand-written query, so there is no separate raw baseline.
 */
export function followUpPanelBench(core: CoachbookCore, meetingId: number): BenchCase<FollowUpPanel> {
  return {
    name: 'follow-up panel of a one-on-one (five years of history)',
    budget: { medianMs: 5 },
    app: async () => {
      const result = await core.registry.dispatch('followUps.panel', { meetingId });
      if (!result.ok) throw new Error(result.error.message);
      return result.value as FollowUpPanel;
    },
  };
}
