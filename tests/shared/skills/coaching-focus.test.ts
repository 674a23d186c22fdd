import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkillFalling } from '@shared/accountability/needs-attention';
import { coachingFocus, FOCUS_SIZE, recentAverage, type FocusSkillInput } from '@shared/skills/coaching-focus';

const skill = (skillId: number, name: string, ratings: number[]): FocusSkillInput => ({ skillId, name, ratings });

describe('coachingFocus', () => {
  it('puts falling skills first with the reason in words, then the weakest by recent average', () => {
    const focus = coachingFocus([
      skill(1, 'Closing', [4, 4, 4, 2]),
      skill(2, 'Listening', [2, 2, 3]),
      skill(3, 'Prospecting', [5, 5, 5]),
      skill(4, 'Discovery questions', [3, 3, 3]),
      skill(5, 'Objection handling', [1, 1, 2]),
    ]);
    expect(focus.map((item) => [item.name, item.reasons])).toEqual([
      // 3.3 on average: falling, but three skills are weaker.
      ['Closing', ['falling']],
      ['Objection handling', ['weakest']],
      ['Listening', ['weakest']],
    ]);
    expect(focus[0]?.explanation).toBe('falling: rated 2 after averaging 4');
    expect(coachingFocus([skill(1, 'Closing', [3, 3, 1])])[0]?.explanation).toBe(
      'falling: rated 1 after averaging 3; among the weakest: averages 2.3 over the last 3 ratings',
    );
    expect(focus[1]?.explanation).toBe('among the weakest: averages 1.3 over the last 3 ratings');
  });

  it('names nothing for a rep without ratings or with only strong, steady skills', () => {
    expect(coachingFocus([skill(1, 'Closing', [])])).toEqual([]);
    expect(coachingFocus([skill(1, 'Closing', [4, 5, 4]), skill(2, 'Listening', [5])])).toEqual([]);
  });

  it('counts only the latest three ratings in the recent average', () => {
    expect(recentAverage([1, 1, 1, 4, 4, 4])).toBe(4);
    expect(recentAverage([])).toBeNull();
  });

  const skills = fc.uniqueArray(
    fc.record({
      skillId: fc.integer({ min: 1, max: 50 }),
      name: fc.constantFrom('Prospecting', 'Closing', 'Listening', 'Discovery', 'Objections', 'Hygiene', 'Intro'),
      ratings: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 8 }),
    }),
    { selector: (entry) => entry.skillId, maxLength: 10 },
  );

  it('invariants: at most FOCUS_SIZE distinct rated skills, each with a true reason', () => {
    fc.assert(
      fc.property(skills, (input) => {
        const focus = coachingFocus(input);
        expect(focus.length).toBeLessThanOrEqual(FOCUS_SIZE);
        expect(new Set(focus.map((item) => item.skillId)).size).toBe(focus.length);
        for (const item of focus) {
          const source = input.find((entry) => entry.skillId === item.skillId);
          expect(source?.ratings.length).toBeGreaterThan(0);
          expect(item.reasons.length).toBeGreaterThan(0);
          expect(item.explanation).not.toBe('');
          expect(item.recentAverage).toBeGreaterThanOrEqual(1);
          expect(item.recentAverage).toBeLessThanOrEqual(5);
          if (item.reasons.includes('falling')) expect(isSkillFalling(source?.ratings ?? [])).toBe(true);
          if (item.reasons.includes('weakest')) expect(item.recentAverage).toBeLessThan(4);
        }
      }),
    );
  });

  it('invariants: a skill left out for weakness is never weaker than one named for it', () => {
    fc.assert(
      fc.property(skills, (input) => {
        const focus = coachingFocus(input);
        const named = new Set(focus.map((item) => item.skillId));
        // Named for weakness alone: falling skills take their places first whatever their average.
        const weakest = focus.filter((item) => item.reasons.length === 1 && item.reasons[0] === 'weakest');
        if (weakest.length === 0 || focus.length < FOCUS_SIZE) {
          // With room left, every weak skill is named.
          for (const entry of input) {
            const average = recentAverage(entry.ratings);
            if (focus.length < FOCUS_SIZE && average !== null && average < 4)
              expect(named.has(entry.skillId)).toBe(true);
          }
          return;
        }
        const bar = Math.max(...weakest.map((item) => item.recentAverage));
        for (const entry of input) {
          const average = recentAverage(entry.ratings);
          if (!named.has(entry.skillId) && average !== null) expect(average).toBeGreaterThanOrEqual(bar);
        }
      }),
    );
  });

  it('invariant: the answer does not depend on the order the skills come in', () => {
    fc.assert(
      fc.property(skills, fc.integer(), (input, seed) => {
        const shuffled = [...input].sort((a, b) => ((a.skillId * 7919 + seed) % 97) - ((b.skillId * 7919 + seed) % 97));
        expect(coachingFocus(shuffled)).toEqual(coachingFocus(input));
      }),
    );
  });
});
