import { CADENCES, type Cadence } from '@shared/reps/rep';

/*
 * How people write a one-on-one cadence in a sheet. "Bi-weekly" means every two weeks here, as
 * it does for one-on-ones in sales teams (and in Coachbook's own list); nobody meets a rep
 * twice a week on a fixed cadence. Every four weeks is the nearest of the three to monthly.
 */
const WORDS: Record<Cadence, readonly string[]> = {
  weekly: ['weekly', 'week', 'everyweek', 'eachweek', 'onceaweek', '1week', 'every1week', 'w', '1w', 'every7days'],
  biweekly: [
    'biweekly',
    'fortnightly',
    'fortnight',
    'everytwoweeks',
    'every2weeks',
    'everyotherweek',
    'everysecondweek',
    'twoweeks',
    '2weeks',
    '2w',
    'every14days',
  ],
  monthly: [
    'monthly',
    'month',
    'everymonth',
    'eachmonth',
    'onceamonth',
    '1month',
    'm',
    'everyfourweeks',
    'every4weeks',
    '4weeks',
  ],
};

const CADENCE_OF_WORD = new Map<string, Cadence>(
  CADENCES.flatMap((cadence) => WORDS[cadence].map((word): [string, Cadence] => [word, cadence])),
);

/** The cadence a cell names; empty means the form's default, weekly. Null when no cadence fits. */
export function readCadence(raw: string): Cadence | null {
  const key = raw.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (!key) return 'weekly';
  return CADENCE_OF_WORD.get(key) ?? null;
}
