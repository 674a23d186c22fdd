import type { GoalPace } from './report-figures';
import type { PillTone } from './html-document';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2026-11-27 → 27 Nov 2026: unambiguous in every country a report may travel to. */
export function formatDay(day: string | null): string {
  if (!day) return '—';
  const month = MONTHS[Number(day.slice(5, 7)) - 1] ?? '';
  return `${Number(day.slice(8, 10))} ${month} ${day.slice(0, 4)}`;
}

/** 2026-11 → Nov 2026. */
export const formatMonth = (month: string): string =>
  `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`;

/** A rate as a whole percentage; "no data" is a dash, never 0 %. */
export const formatRate = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)} %`);

export function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return '—';
  if (unit === 'currency') return `$${Math.round(value).toLocaleString('en-US')}`;
  if (unit === 'percent') return `${Math.round(value * 10) / 10} %`;
  return Math.round(value * 100) / 100 === Math.round(value)
    ? Math.round(value).toLocaleString('en-US')
    : value.toFixed(2);
}

export const PACE_LABELS: Record<GoalPace, string> = {
  achieved: 'Achieved',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
};

export const PACE_TONES: Record<GoalPace, PillTone> = {
  achieved: 'good',
  on_track: 'good',
  at_risk: 'warn',
  off_track: 'bad',
};

export const OUTCOME_LABELS: Record<string, string> = {
  done: 'Done',
  partly_done: 'Partly done',
  not_done: 'Not done',
  dropped: 'Dropped',
};

export const OUTCOME_TONES: Record<string, PillTone> = {
  done: 'good',
  partly_done: 'warn',
  not_done: 'bad',
  dropped: 'neutral',
};

export const STATUS_LABELS: Record<string, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };
export const STATUS_TONES: Record<string, PillTone> = { open: 'info', done: 'good', dropped: 'neutral' };

export const ownerLabel = (owner: string, repName: string): string => (owner === 'manager' ? 'Manager' : repName);

/** The first `count` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')} …`;
}

export const CADENCE_WORDS: Record<string, string> = {
  weekly: 'Weekly',
  biweekly: 'Every two weeks',
  monthly: 'Monthly',
};
