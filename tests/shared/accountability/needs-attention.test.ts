import { describe, expect, it } from 'vitest';
import { isSkillFalling, needsAttention, type AttentionSignals } from '@shared/accountability/needs-attention';

const calm: AttentionSignals = {
  meetingOverdue: false,
  daysSinceLastHeld: 3,
  meetingDaysOverdue: 0,
  overdueCommitments: 0,
  followThroughRate: 0.8,
  dueCount: 10,
  periodLabel: 'last 90 days',
  offTrackGoals: [],
  fallingSkills: [],
};

describe('needsAttention', () => {
  it('scores 0 with no reasons when nothing is wrong, also when there is no data', () => {
    expect(needsAttention(calm)).toEqual({ score: 0, reasons: [] });
    expect(needsAttention({ ...calm, followThroughRate: null })).toEqual({ score: 0, reasons: [] });
  });

  it('says why in words, most important first', () => {
    const attention = needsAttention({
      ...calm,
      meetingOverdue: true,
      daysSinceLastHeld: 19,
      meetingDaysOverdue: 12,
      overdueCommitments: 3,
      followThroughRate: 0.45,
      offTrackGoals: ['Q3 quota'],
      fallingSkills: ['Discovery questions'],
    });
    expect(attention.reasons).toEqual([
      'no one-on-one for 19 days',
      'follow-through 45 % (last 90 days)',
      '3 commitments overdue',
      'goal off track: Q3 quota',
      'skill rating falling: Discovery questions',
    ]);
    // 3 + 1 (one full week past the cadence) + (2 + 1.5) + 3 + 2 + 1
    expect(attention.score).toBe(13.5);
  });

  it('does not call a rate low on fewer than three due items', () => {
    expect(needsAttention({ ...calm, followThroughRate: 0, dueCount: 2 }).reasons).toEqual([]);
    expect(needsAttention({ ...calm, followThroughRate: 1 / 3, dueCount: 3 }).reasons).toEqual([
      'follow-through 33 % (last 90 days)',
    ]);
  });

  it('writes one commitment in the singular and a never-met rep plainly', () => {
    expect(needsAttention({ ...calm, overdueCommitments: 1 }).reasons).toEqual(['1 commitment overdue']);
    expect(needsAttention({ ...calm, meetingOverdue: true, daysSinceLastHeld: null }).reasons).toEqual([
      'no one-on-one held yet',
    ]);
  });

  it('ranks more overdue commitments higher', () => {
    expect(needsAttention({ ...calm, overdueCommitments: 4 }).score).toBeGreaterThan(
      needsAttention({ ...calm, overdueCommitments: 2 }).score,
    );
  });
});

describe('isSkillFalling', () => {
  it('sees a drop of a point below the recent average, not a wobble', () => {
    expect(isSkillFalling([4, 4, 4, 3])).toBe(true);
    expect(isSkillFalling([4, 3, 4])).toBe(false);
    expect(isSkillFalling([3, 4, 3])).toBe(false);
    expect(isSkillFalling([5, 3])).toBe(true);
    expect(isSkillFalling([2])).toBe(false);
  });
});
