import { beforeEach, describe, expect, it } from 'vitest';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const app = tempCoreEachTest(() => ({ clock: fixedClock(FRIDAY_MORNING) }));
let repId: number;
beforeEach(async () => {
  repId = (await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' })).id;
});

const DEFAULTS = [
  'Prospecting',
  'Introductions',
  'Discovery questions',
  'Listening',
  'Problem questions',
  'Objection handling',
  'Closing',
  'Pipeline hygiene',
];

const skillId = async (name: string): Promise<number> => {
  const skill = (await app.call('skills.list', { includeRetired: true })).find((candidate) => candidate.name === name);
  if (!skill) throw new Error(`no skill ${name}`);
  return skill.id;
};

describe('the skill list', () => {
  it('starts with the eight defaults; add, rename, reorder', async () => {
    expect((await app.call('skills.list', {})).map((skill) => skill.name)).toEqual(DEFAULTS);
    const added = await app.call('skills.add', { name: ' Negotiation ' });
    expect(added).toMatchObject({ name: 'Negotiation', position: 8, retiredAt: null });
    expect(await app.call('skills.rename', { id: added.id, name: 'Negotiating' })).toMatchObject({
      name: 'Negotiating',
    });
    // Renaming to itself with another case is allowed.
    expect(await app.call('skills.rename', { id: added.id, name: 'negotiating' })).toMatchObject({
      name: 'negotiating',
    });

    const ids = (await app.call('skills.list', {})).map((skill) => skill.id);
    const reordered = await app.call('skills.reorder', { ids: [...ids].reverse() });
    expect(reordered.map((skill) => skill.name)).toEqual(['negotiating', ...[...DEFAULTS].reverse()]);
  });

  it('retires without losing history, and restores', async () => {
    const closing = await skillId('Closing');
    const meeting = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 20) });
    await app.call('skills.rate', { meetingId: meeting.id, skillId: closing, rating: 2 });
    const retired = await app.call('skills.retire', { id: closing });
    expect(retired.retiredAt).toBe(FRIDAY_MORNING.toISOString());
    expect((await app.call('skills.list', {})).map((skill) => skill.name)).not.toContain('Closing');
    expect((await app.call('skills.list', { includeRetired: true })).at(-1)?.name).toBe('Closing');
    expect(await app.call('skills.ratingsForMeeting', { meetingId: meeting.id })).toMatchObject([
      { skillName: 'Closing', rating: 2 },
    ]);
    const trends = await app.call('skills.trendsForRep', { repId });
    expect(trends.skills.find((skill) => skill.name === 'Closing')).toMatchObject({
      retired: true,
      points: [{ rating: 2 }],
    });
    // A retired skill is not a coaching focus: it is no longer worked on.
    expect(trends.focus.map((item) => item.name)).not.toContain('Closing');
    expect(await app.call('skills.restore', { id: closing })).toMatchObject({ retiredAt: null });
  });
});

describe('rating skills in a one-on-one', () => {
  it('keeps one rating per skill per one-on-one: rating again replaces it', async () => {
    const listening = await skillId('Listening');
    const meeting = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, 20) });
    await app.call('skills.rate', {
      meetingId: meeting.id,
      skillId: listening,
      rating: 2,
      note: 'Interrupted the buyer',
    });
    const replaced = await app.call('skills.rate', { meetingId: meeting.id, skillId: listening, rating: 4 });
    expect(replaced).toMatchObject({ skillName: 'Listening', rating: 4, note: null, repId });
    expect(await app.call('skills.ratingsForMeeting', { meetingId: meeting.id })).toHaveLength(1);
    await app.call('skills.clearRating', { meetingId: meeting.id, skillId: listening });
    expect(await app.call('skills.ratingsForMeeting', { meetingId: meeting.id })).toEqual([]);
  });

  it('shows each skill’s trend over time and the coaching focus with its reason', async () => {
    const discovery = await skillId('Discovery questions');
    const closing = await skillId('Closing');
    const ratings: Array<[number, number, number]> = [
      [10, 4, 2],
      [13, 4, 2],
      [17, 4, 3],
      [20, 2, 2],
    ];
    for (const [day, discoveryRating, closingRating] of ratings) {
      const meeting = await app.call('meetings.schedule', { repId, scheduledAt: localInstant(2026, 11, day) });
      await app.call('skills.rate', { meetingId: meeting.id, skillId: discovery, rating: discoveryRating });
      await app.call('skills.rate', { meetingId: meeting.id, skillId: closing, rating: closingRating });
    }
    const trends = await app.call('skills.trendsForRep', { repId });
    expect(trends.skills.map((skill) => skill.name)).toEqual(DEFAULTS);
    const discoveryTrend = trends.skills.find((skill) => skill.skillId === discovery);
    expect(discoveryTrend?.points.map((point) => point.rating)).toEqual([4, 4, 4, 2]);
    expect(discoveryTrend).toMatchObject({ falling: true, recentAverage: 10 / 3 });
    expect(trends.focus.map((item) => [item.name, item.reasons])).toEqual([
      ['Discovery questions', ['falling', 'weakest']],
      ['Closing', ['weakest']],
    ]);
    expect(trends.focus[0]?.explanation).toContain('falling: rated 2 after averaging 4');
  });
});
