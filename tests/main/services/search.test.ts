import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '@shared/search/search';
import { doc, paragraph } from '../../shared/support/notes';
import { fixedClock, FRIDAY_MORNING, localInstant } from '../support/fixed-clock';
import { startTempCore, type TempCore } from '../support/temp-core';

let app: TempCore;
let ana: number;
let ben: number;
let oldMeeting: number;
let recentMeeting: number;
let itemId: number;
let goalId: number;

beforeAll(async () => {
  app = await startTempCore(undefined, { clock: fixedClock(FRIDAY_MORNING) });
  ana = (await app.call('reps.create', { name: 'Ana Ruiz', cadence: 'weekly' })).id;
  ben = (await app.call('reps.create', { name: 'Ben Okafor', cadence: 'weekly' })).id;
  oldMeeting = (await app.call('meetings.schedule', { repId: ana, scheduledAt: localInstant(2024, 11, 15) })).id;
  await app.call('meetings.saveNotes', {
    id: oldMeeting,
    baseRevision: 0,
    shared: doc(paragraph('Pipeline review: Acme renewal is slipping.')),
    private: doc(paragraph('Considering a move to the enterprise team <script>alert(1)</script>')),
  });
  recentMeeting = (await app.call('meetings.schedule', { repId: ben, scheduledAt: localInstant(2026, 11, 20) })).id;
  await app.call('meetings.saveNotes', {
    id: recentMeeting,
    baseRevision: 0,
    shared: doc(paragraph('Pipeline is healthy; the Globex résumé of needs was clear.')),
  });
  itemId = (await app.call('actionItems.create', { repId: ben, title: 'Send the Globex pipeline forecast' })).id;
  goalId = (
    await app.call('goals.create', {
      repId: ana,
      kind: 'metric',
      title: 'Enterprise expansion',
      metric: 'Pipeline created',
      unit: 'currency',
      startValue: 0,
      targetValue: 500_000,
      startDate: '2026-10-01',
      endDate: '2026-12-31',
    })
  ).id;
});
afterAll(async () => {
  await app.dispose();
});

const search = (text: string, extra: Record<string, unknown> = {}) => app.call('search.query', { text, ...extra });
const plain = (hit: SearchHit) => hit.snippet.map((segment) => segment.text).join('');
const marked = (hit: SearchHit) => hit.snippet.filter((segment) => segment.highlighted).map((segment) => segment.text);

describe('full-text search', () => {
  it('finds a phrase from two years ago in a private note, marks it private and ties it to its meeting', async () => {
    const hits = await search('enterprise team');
    const privateHit = hits.find((hit) => hit.kind === 'notes');
    expect(privateHit).toMatchObject({
      kind: 'notes',
      private: true,
      meetingId: oldMeeting,
      repId: ana,
      repName: 'Ana Ruiz',
      scheduledAt: localInstant(2024, 11, 15),
    });
    // Text, never HTML: the note's markup comes back as characters in a plain segment.
    expect(privateHit && plain(privateHit)).toContain('<script>alert(1)</script>');
    expect(privateHit && marked(privateHit)).toEqual(['enterprise', 'team']);
  });

  it('matches words in double quotes as a phrase, in that order', async () => {
    expect((await search('"enterprise team"')).map((hit) => hit.kind)).toEqual(['notes']);
    expect(await search('"team enterprise"')).toEqual([]);
    // Both words are in the note, just not side by side.
    expect((await search('team enterprise')).map((hit) => hit.kind)).toEqual(['notes']);
  });

  it('searches shared notes, action items, goals (title and metric) and reps, with prefixes and without accents', async () => {
    const hits = await search('pipel');
    const kinds = hits.map((hit) => `${hit.kind}:${hit.private}`);
    expect(kinds).toEqual(expect.arrayContaining(['notes:false', 'action_item:false', 'goal:false']));
    expect(hits.filter((hit) => hit.kind === 'notes')).toHaveLength(2);
    expect(hits.find((hit) => hit.kind === 'action_item')).toMatchObject({
      actionItemId: itemId,
      repId: ben,
      status: 'open',
    });
    const goal = hits.find((hit) => hit.kind === 'goal');
    expect(goal).toMatchObject({ goalId, repName: 'Ana Ruiz' });
    expect(goal && plain(goal)).toBe('Enterprise expansion · Pipeline created');

    expect((await search('resume')).map((hit) => hit.kind)).toEqual(['notes']);
    const reps = await search('oka');
    expect(reps[0]).toMatchObject({
      kind: 'rep',
      repId: ben,
      snippet: [
        { text: 'Ben ', highlighted: false },
        { text: 'Okafor', highlighted: true },
      ],
    });
  });

  it('ranks the notes that match best first', async () => {
    const hits = (await search('acme renewal slipping')).filter((hit) => hit.kind === 'notes');
    expect(hits.map((hit) => hit.kind === 'notes' && hit.meetingId)).toEqual([oldMeeting]);
    expect((await search('pipeline'))[0]).toMatchObject({ kind: 'notes' });
  });

  it('filters by rep and by date range', async () => {
    const forBen = await search('pipeline', { repId: ben });
    expect(forBen.length).toBeGreaterThan(0);
    expect(forBen.every((hit) => hit.repId === ben)).toBe(true);
    const lastYear = await search('pipeline', { from: '2024-01-01', to: '2024-12-31' });
    expect(lastYear.map((hit) => hit.kind === 'notes' && hit.meetingId)).toEqual([oldMeeting]);
    // Goals match by overlapping periods.
    expect((await search('expansion', { from: '2026-12-01', to: '2027-01-31' })).map((hit) => hit.kind)).toEqual([
      'goal',
    ]);
    expect(await search('expansion', { from: '2027-01-01' })).toEqual([]);
  });

  it('ranks the same with and without filters (two plans, one answer)', async () => {
    const notesOf = (hits: SearchHit[]) => hits.filter((hit) => hit.kind === 'notes');
    for (const text of ['pipeline', 'pipel', 'the', '"acme renewal"', 'enterprise te']) {
      expect(notesOf(await search(text, { from: '2000-01-01' })), text).toEqual(notesOf(await search(text)));
    }
  });

  it('finds words whose accents the tokenizer folds differently from Unicode (ø, ß, æ)', async () => {
    const meeting = await app.call('meetings.schedule', { repId: ana, scheduledAt: localInstant(2026, 11, 25) });
    await app.call('meetings.saveNotes', {
      id: meeting.id,
      baseRevision: 0,
      shared: doc(paragraph('Søren from Straße Ærø wants a pilot')),
    });
    for (const text of ['Søren', 'sør', 'søren pilot', 'Ærø', 'straße']) {
      const hits = (await search(text)).filter((hit) => hit.kind === 'notes');
      expect(
        hits.map((hit) => hit.kind === 'notes' && hit.meetingId),
        text,
      ).toEqual([meeting.id]);
    }
  });

  it('finds a prefix shared by many different words', async () => {
    const meeting = await app.call('meetings.schedule', { repId: ben, scheduledAt: localInstant(2026, 11, 26) });
    const words = Array.from({ length: 80 }, (_, index) => `zz${index}x`).join(' ');
    await app.call('meetings.saveNotes', { id: meeting.id, baseRevision: 0, shared: doc(paragraph(words)) });
    const hits = (await search('zz')).filter((hit) => hit.kind === 'notes');
    expect(hits.map((hit) => hit.kind === 'notes' && hit.meetingId)).toEqual([meeting.id]);
    expect(hits[0] && marked(hits[0]).length).toBeGreaterThan(0);
  });

  it('keeps to the limit', async () => {
    expect(await search('pipeline', { limit: 2 })).toHaveLength(2);
  });

  it('treats FTS5 syntax, quotes and unbalanced parentheses as text', async () => {
    for (const text of [
      '"',
      '(',
      'acme)',
      'NEAR(',
      'acme OR',
      'AND',
      '-renewal',
      '^acme',
      'shared_notes_text:acme',
      '*',
      '"acme',
      "'",
      '\\',
      'NOT',
    ]) {
      const result = await app.core.registry.dispatch('search.query', { text });
      expect(result.ok, text).toBe(true);
    }
    expect((await search('acme)')).length).toBeGreaterThan(0);
    expect(await search('   ')).toEqual([]);
  });

  it('property: arbitrary text never errors and never returns more than the limit', async () => {
    const fragments = fc.constantFrom(
      '"',
      '(',
      ')',
      '*',
      ':',
      '^',
      '-',
      '+',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      '{',
      '}',
      ' ',
      'acme',
      'pipe',
      'é',
      '\u0000',
      '\u0002',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.array(fragments, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 1, max: 5 }), async (input, limit) => {
        const result = await app.core.registry.dispatch('search.query', { text: input, limit });
        expect(result.ok).toBe(true);
        if (result.ok) expect((result.value as SearchHit[]).length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses text over 500 characters and a reversed range', async () => {
    expect(await app.callError('search.query', { text: 'x'.repeat(501) })).toMatchObject({
      code: 'invalid_input',
      field: 'text',
    });
    expect(await app.callError('search.query', { text: 'x', from: '2026-02-01', to: '2026-01-01' })).toMatchObject({
      field: 'to',
    });
  });
});
