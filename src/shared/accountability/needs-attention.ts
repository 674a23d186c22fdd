/**
 * The team view's "needs attention" ranking, built from the product rules' signals: overdue meetings,
 * overdue commitments, low follow-through, goals off track, falling skill ratings. Each signal
 * adds points and a reason in the words a manager would use; a rep with no signal scores 0.
 */

/** Below this follow-through a rep needs attention: fewer than three commitments in five kept. */
export const LOW_FOLLOW_THROUGH = 0.6;
/** One missed item out of one is not a pattern: the rate only counts as a signal from this many due items. */
export const MIN_DUE_FOR_FOLLOW_THROUGH = 3;

export interface AttentionSignals {
  meetingOverdue: boolean;
  /** Days since the last held one-on-one; null when there has never been one. */
  daysSinceLastHeld: number | null;
  /** Days past the day the cadence called for the next one-on-one (0 when not overdue). */
  meetingDaysOverdue: number;
  overdueCommitments: number;
  followThroughRate: number | null;
  /** |D| behind the rate. */
  dueCount: number;
  /** "last 90 days", for the follow-through reason. */
  periodLabel: string;
  offTrackGoals: readonly string[];
  fallingSkills: readonly string[];
}

export interface Attention {
  score: number;
  /** Most important first. */
  reasons: string[];
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function needsAttention(signals: AttentionSignals): Attention {
  const found: Array<{ points: number; reason: string }> = [];
  if (signals.meetingOverdue) {
    // 3 for missing the cadence, one more per full week past it, up to 6.
    const points = 3 + Math.min(3, Math.floor(signals.meetingDaysOverdue / 7));
    const reason =
      signals.daysSinceLastHeld === null
        ? 'no one-on-one held yet'
        : `no one-on-one for ${signals.daysSinceLastHeld} days`;
    found.push({ points, reason });
  }
  if (signals.overdueCommitments > 0) {
    found.push({
      points: Math.min(5, signals.overdueCommitments),
      reason: `${plural(signals.overdueCommitments, 'commitment')} overdue`,
    });
  }
  const rate = signals.followThroughRate;
  if (rate !== null && rate < LOW_FOLLOW_THROUGH && signals.dueCount >= MIN_DUE_FOR_FOLLOW_THROUGH) {
    // 2 for being under the bar, plus a point per 10 percentage points under it.
    found.push({
      points: 2 + (LOW_FOLLOW_THROUGH - rate) * 10,
      reason: `follow-through ${Math.round(rate * 100)} % (${signals.periodLabel})`,
    });
  }
  for (const goal of signals.offTrackGoals) found.push({ points: 2, reason: `goal off track: ${goal}` });
  for (const skill of signals.fallingSkills) found.push({ points: 1, reason: `skill rating falling: ${skill}` });
  found.sort((a, b) => b.points - a.points);
  const score = Math.round(found.reduce((sum, signal) => sum + signal.points, 0) * 10) / 10;
  return { score, reasons: found.map((signal) => signal.reason) };
}

/**
 * A skill is falling when its latest rating is at least one point below the average of the (up
 * to three) ratings before it: one 4 → 3 after a run of 4s counts, a 4 → 3 → 4 wobble does not.
 * `ratings` are oldest first.
 */
export function isSkillFalling(ratings: readonly number[]): boolean {
  if (ratings.length < 2) return false;
  const latest = ratings[ratings.length - 1] ?? 0;
  const before = ratings.slice(Math.max(0, ratings.length - 4), ratings.length - 1);
  const average = before.reduce((sum, rating) => sum + rating, 0) / before.length;
  return latest <= average - 1;
}
