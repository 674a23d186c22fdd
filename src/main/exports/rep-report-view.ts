import { daysBetween, type AccountabilityFigures } from './report-figures';
import type { ReportGoal, ReportSkill } from './rep-report-data';
import type { PillTone } from './html-document';
import { formatMonth, formatRate, formatValue, PACE_LABELS, PACE_TONES } from './report-format';
import type { LinePoint } from './svg-charts';
import { firstWords } from './report-format';

/** Shared by the Markdown and HTML versions of the rep report, so both say the same thing. */

export const figureRows = (figures: AccountabilityFigures): Array<{ label: string; value: string; detail: string }> => [
  {
    label: 'Follow-through',
    value: formatRate(figures.followThroughRate),
    detail: `${figures.doneCount} of ${figures.dueCount} done`,
  },
  { label: 'On time', value: formatRate(figures.onTimeRate), detail: `${figures.onTimeCount} by their due date` },
  {
    label: 'Follow-up coverage',
    value: formatRate(figures.coverageRate),
    detail: `${figures.coveredCount} done or checked`,
  },
  { label: 'Open now', value: String(figures.openCount), detail: `${figures.overdueCount} overdue` },
];

export const goalProgressText = (goal: ReportGoal): string => {
  if (goal.kind === 'milestone') return goal.milestoneDone ? 'Milestone reached' : 'Milestone not reached yet';
  const latest = goal.checkIns[goal.checkIns.length - 1]?.value ?? goal.startValue;
  const percent = goal.pacing ? ` (${Math.round(goal.pacing.progress * 100)} %)` : '';
  return `${formatValue(latest, goal.unit)} of ${formatValue(goal.targetValue, goal.unit)}${percent}`;
};

/** Check-ins as chart points: x across the goal's period, y as progress towards the target. */
export function goalChartPoints(goal: ReportGoal): LinePoint[] {
  const start = goal.startValue ?? 0;
  const span = (goal.targetValue ?? 0) - start;
  const length = Math.max(1, daysBetween(goal.startDate, goal.endDate));
  return goal.checkIns.map((checkIn) => ({
    x: daysBetween(goal.startDate, checkIn.date) / length,
    y: span === 0 ? 1 : (checkIn.value - start) / span,
  }));
}

export const goalTodayShare = (goal: ReportGoal, asOf: string): number | null => {
  const length = daysBetween(goal.startDate, goal.endDate);
  if (length <= 0 || asOf >= goal.endDate) return null;
  return Math.max(0, daysBetween(goal.startDate, asOf) / length);
};

export interface SkillTrend {
  skill: string;
  count: number;
  first: number;
  last: number;
  average: number;
  direction: 'up' | 'down' | 'steady';
}

export function skillTrend(skill: ReportSkill): SkillTrend {
  const first = skill.ratings[0] ?? 0;
  const last = skill.ratings[skill.ratings.length - 1] ?? 0;
  const average = skill.ratings.reduce((sum, rating) => sum + rating, 0) / Math.max(1, skill.ratings.length);
  return {
    skill: skill.skill,
    count: skill.ratings.length,
    first,
    last,
    average,
    direction: last > first ? 'up' : last < first ? 'down' : 'steady',
  };
}

export const DIRECTION_WORDS = { up: '▲ improving', down: '▼ falling', steady: '■ steady' } as const;

export const monthLabel = (month: string): string => formatMonth(month).replace(/ (\d\d)(\d\d)$/, ' ’$2');

/** A goal's verdict: its pacing while it runs; once ended, achieved or missed. */
export function goalVerdict(goal: ReportGoal, asOf: string): { label: string; tone: PillTone } {
  if (goal.kind === 'milestone')
    return goal.milestoneDone ? { label: 'Achieved', tone: 'good' } : { label: 'Open', tone: 'neutral' };
  if (!goal.pacing) return { label: '—', tone: 'neutral' };
  if (goal.pacing.pace !== 'achieved' && asOf >= goal.endDate) return { label: 'Missed', tone: 'bad' };
  return { label: PACE_LABELS[goal.pacing.pace], tone: PACE_TONES[goal.pacing.pace] };
}

/**
 * The first words of a one-on-one's shared notes. Headings and list items have no full stop, so
 * lines are joined with a dash to keep "Coaching" from running into the sentence after it.
 */
export function notesSummary(plainText: string, words: number): string {
  const lines = plainText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const joined = lines
    .map((line, index) => (index < lines.length - 1 && !/[.!?:;]$/.test(line) ? `${line} —` : line))
    .join(' ');
  return firstWords(joined, words);
}
