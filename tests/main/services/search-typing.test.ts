import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '@shared/api/result';
import type { SearchHit } from '@shared/search/search';
import { seedDemoData } from '../../../src/main/demo/seed-demo-data';
import {
  ACCOUNTS,
  ACTION_TEMPLATES,
  HEADINGS,
  MANAGER_ACTIONS,
  PRIVATE_SENTENCES,
  SENTENCES,
} from '../../../src/main/demo/demo-vocabulary';
import { startTempCore, type TempCore } from '../support/temp-core';

/*
 * Search as a manager types it: every prefix of a phrase, key by key, against a seeded book, in
 * the unfiltered plan (prefix expanded into index words) and the filtered one (rep / date range).
 * Whatever is typed, the answer is results or a clear validation error, never `internal`.
 */

let app: TempCore;
let repIds: number[];
const today = new Date('2026-11-27T12:00:00.000Z');

beforeAll(async () => {
  app = await startTempCore();
  if (!app.core.dataSource || !app.core.services) throw new Error('database not open');
  await seedDemoData(app.core.dataSource, app.core.services, { reps: 4, years: 1, seed: 7, today });
  repIds = (await app.call('reps.list', {})).map((rep) => rep.id);
});
afterAll(async () => {
  await app.dispose();
});

const dispatch = (text: string, filters: Record<string, unknown> = {}) =>
  app.core.registry.dispatch('search.query', { text, ...filters }) as Promise<ApiResult<SearchHit[]>>;

/** Results, or a validation error a manager can read: anything else fails with what was typed. */
function expectAnswered(result: ApiResult<SearchHit[]>, typed: string): SearchHit[] {
  if (result.ok) return result.value;
  expect({ typed, code: result.error.code }).toEqual({ typed, code: 'invalid_input' });
  expect(result.error.message.length).toBeGreaterThan(0);
  return [];
}

const prefixesOf = (phrase: string): string[] =>
  [...phrase].map((_, index, characters) => characters.slice(0, index + 1).join(''));

const meetingsIn = (hits: SearchHit[]) => hits.flatMap((hit) => (hit.kind === 'notes' ? [hit.meetingId] : []));

describe('search while typing, on a seeded book', () => {
  it('answers multi-word searches whose last word is the start of several indexed words', async () => {
    for (const text of ['pipeline review', 'next st', 'pricing de', 'the ne', 'legal rev', 'call re']) {
      const hits = expectAnswered(await dispatch(text), text);
      expect(hits.length, text).toBeGreaterThan(0);
    }
  });

  it('finds something at every key of a seeded sentence once the last word has two letters', async () => {
    for (const sentence of [SENTENCES[4], SENTENCES[7], SENTENCES[11]]) {
      for (const typed of prefixesOf(sentence.split(' ').slice(0, 6).join(' '))) {
        const lastWord = typed.split(/[^\p{L}\p{N}]+/u).pop() ?? '';
        if (lastWord.length === 1) continue; // one letter is an exact word, not yet a prefix
        expect(expectAnswered(await dispatch(typed), typed).length, typed).toBeGreaterThan(0);
      }
    }
  });

  it('property: any realistic typing answers results or a validation error, filtered or not', async () => {
    const vocabulary = [
      ...SENTENCES,
      ...HEADINGS,
      ...ACCOUNTS,
      ...ACTION_TEMPLATES,
      ...MANAGER_ACTIONS,
      ...PRIVATE_SENTENCES,
    ]
      .flatMap((text) => text.split(/\s+/))
      .filter((word) => word.length > 0);
    const word = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...vocabulary) },
      { weight: 1, arbitrary: fc.constantFrom('AND', 'OR', 'NOT', 'NEAR', 'NEAR(', 'and', 'or', 'not') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'встреча',
          'Пайплайн',
          '会议记录',
          '商談',
          'اجتماع',
          '🚀',
          '👍🏽',
          'résumé',
          'Ærø',
          'Straße',
        ),
      },
      { weight: 1, arbitrary: fc.constantFrom("don't", "rep's", 'follow-up', 'e-mail', 'Q3/Q4', '50%', '$10k', 'x*') },
    );
    const decorate = fc.constantFrom(
      '',
      '',
      '',
      '"',
      '“',
      '”',
      '‘',
      '’',
      "'",
      '*',
      '-',
      '(',
      ')',
      ':',
      '^',
      ',',
      '.',
      '?',
    );
    const token = fc.tuple(decorate, word, decorate).map((parts) => parts.join(''));
    const phrase = fc.array(token, { minLength: 1, maxLength: 4 }).map((tokens) => tokens.join(' '));
    const filters = fc.oneof(
      fc.constant({}),
      fc.constantFrom(...repIds).map((repId) => ({ repId })),
      fc.constant({ from: '2026-01-01', to: '2026-06-30' }),
      fc.constant({ from: '2000-01-01' }),
    );

    await fc.assert(
      fc.asyncProperty(phrase, filters, async (typed, filter) => {
        for (const text of prefixesOf(typed)) {
          expectAnswered(await dispatch(text), text);
          if (Object.keys(filter).length > 0)
            expectAnswered(await dispatch(text, filter), `${text} ${JSON.stringify(filter)}`);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  // The snippet may pick another passage (a prefix and its expansion weigh phrases differently); the one-on-ones and their order may not differ.
  it('finds the same one-on-ones in the same order through both plans', async () => {
    for (const text of ['pipeline review', 'next st', 'the ne', '"legal review" sl']) {
      const unfiltered = meetingsIn(expectAnswered(await dispatch(text, { limit: 100 }), text));
      expect(unfiltered.length, text).toBeGreaterThan(0);
      const filtered = meetingsIn(expectAnswered(await dispatch(text, { limit: 100, from: '2000-01-01' }), text));
      expect(filtered, text).toEqual(unfiltered);
    }
  });
});
