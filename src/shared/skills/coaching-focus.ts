import { isSkillFalling } from '../accountability/needs-attention';

/** How many of a skill's latest ratings make its recent average. */
export const RECENT_RATINGS = 3;
/** How many skills the coaching focus names: more than three is not a focus. */
export const FOCUS_SIZE = 3;
/** A skill averaging this or better is not a weakness, even if it is the lowest. */
const STRONG_AVERAGE = 4;

export const FOCUS_REASONS = ['falling', 'weakest'] as const;
export type FocusReason = (typeof FOCUS_REASONS)[number];

export interface FocusSkillInput {
  skillId: number;
  name: string;
  /** Ratings 1–5, oldest first. */
  ratings: readonly number[];
}

export interface CoachingFocusItem {
  skillId: number;
  name: string;
  reasons: FocusReason[];
  recentAverage: number;
  latest: number;
  /** The reason in a manager's words, e.g. "falling: rated 2 after averaging 3.7". */
  explanation: string;
}

const average = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
const oneDecimal = (value: number): string => (Math.round(value * 10) / 10).toString();

export const recentAverage = (ratings: readonly number[]): number | null =>
  ratings.length === 0 ? null : average(ratings.slice(-RECENT_RATINGS));

/** How far the latest rating sits below the ratings before it (the team view's "falling" window). */
const dropOf = (ratings: readonly number[]): number =>
  average(ratings.slice(Math.max(0, ratings.length - 4), -1)) - (ratings[ratings.length - 1] ?? 0);

/**
 * The coaching focus of a rep: falling skills first (biggest drop first), then the weakest by
 * recent average (below 4), up to FOCUS_SIZE skills. "Falling" is the team view's rule
 * (isSkillFalling), so the rep page and the team view never disagree about it. Ties go by name
 * so the answer does not depend on the order skills were given in.
 */
export function coachingFocus(skills: readonly FocusSkillInput[], size: number = FOCUS_SIZE): CoachingFocusItem[] {
  const rated = skills
    .filter((skill) => skill.ratings.length > 0)
    .map((skill) => ({
      skill,
      average: recentAverage(skill.ratings) ?? 0,
      latest: skill.ratings[skill.ratings.length - 1] ?? 0,
      falling: isSkillFalling(skill.ratings),
    }));
  const byName = (a: { skill: FocusSkillInput }, b: { skill: FocusSkillInput }) =>
    a.skill.name < b.skill.name ? -1 : a.skill.name > b.skill.name ? 1 : a.skill.skillId - b.skill.skillId;

  const falling = rated
    .filter((entry) => entry.falling)
    .sort((a, b) => dropOf(b.skill.ratings) - dropOf(a.skill.ratings) || byName(a, b));
  const weakest = rated
    .filter((entry) => entry.average < STRONG_AVERAGE)
    .sort((a, b) => a.average - b.average || byName(a, b));

  const chosen = new Map<number, CoachingFocusItem>();
  for (const entry of [...falling, ...weakest]) {
    if (chosen.size >= size) break;
    if (chosen.has(entry.skill.skillId)) continue;
    const isWeakest = entry.average < STRONG_AVERAGE && weakest.indexOf(entry) < size;
    const reasons: FocusReason[] = [];
    if (entry.falling) reasons.push('falling');
    if (isWeakest) reasons.push('weakest');
    if (reasons.length === 0) continue;
    chosen.set(entry.skill.skillId, {
      skillId: entry.skill.skillId,
      name: entry.skill.name,
      reasons,
      recentAverage: entry.average,
      latest: entry.latest,
      explanation: explain(entry.skill.ratings, entry.falling, isWeakest, entry.average),
    });
  }
  return [...chosen.values()];
}

function explain(ratings: readonly number[], falling: boolean, weakest: boolean, recent: number): string {
  const count = Math.min(RECENT_RATINGS, ratings.length);
  const parts: string[] = [];
  if (falling) {
    const before = average(ratings.slice(Math.max(0, ratings.length - 4), -1));
    parts.push(`falling: rated ${ratings[ratings.length - 1]} after averaging ${oneDecimal(before)}`);
  }
  if (weakest) {
    parts.push(
      `among the weakest: averages ${oneDecimal(recent)} over the last ${count === 1 ? 'rating' : `${count} ratings`}`,
    );
  }
  return parts.join('; ');
}
