import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMatchExpression,
  inColumn,
  matchExpression,
  MAX_QUERY_WORDS,
  parseSearchTerms,
  searchWords,
} from '@shared/search/fts-query';
import { highlightWordPrefixes, markedTextToSegments } from '@shared/search/highlight';

describe('buildMatchExpression', () => {
  it('quotes every word, ANDs them and makes the last a prefix', () => {
    expect(buildMatchExpression('acme renewal')).toBe('"acme" AND "renewal"*');
    expect(buildMatchExpression('  Résumé  ')).toBe('"Résumé"*');
  });

  it('treats FTS5 syntax typed by a user as text', () => {
    expect(buildMatchExpression('pipeline OR NOT (churn')).toBe('"pipeline" AND "OR" AND "NOT" AND "churn"*');
    expect(buildMatchExpression('"quoted" -x ^start col:value NEAR(a b)')).toBe(
      '"quoted" AND "x" AND "start" AND "col" AND "value" AND "NEAR" AND "a" AND "b"',
    );
  });

  it('searches words in double quotes as a phrase; an unbalanced quote is just a character', () => {
    expect(buildMatchExpression('acme "sabbatical in Patagonia"')).toBe('"acme" AND "sabbatical in Patagonia"');
    expect(buildMatchExpression('"sabbatical in" patag')).toBe('"sabbatical in" AND "patag"*');
    expect(buildMatchExpression('say "hi there')).toBe('"say" AND "hi" AND "there"*');
    expect(buildMatchExpression('"" ok')).toBe('"ok"*');
  });

  it('reads typographic double quotes (as a Mac or a word processor types them) as quotes', () => {
    expect(buildMatchExpression('acme “enterprise team”')).toBe('"acme" AND "enterprise team"');
    expect(buildMatchExpression('„Angebot prüfen“')).toBe('"Angebot prüfen"');
    expect(buildMatchExpression('say “hi')).toBe('"say" AND "hi"*');
  });

  it('does not make a one-letter last word a prefix (it would walk most of the index)', () => {
    expect(buildMatchExpression('call a')).toBe('"call" AND "a"');
  });

  it('answers null when there is no word to search for', () => {
    for (const text of ['', '   ', '()', '"', '-^:*', '""""']) expect(buildMatchExpression(text)).toBeNull();
  });

  it('caps the number of words', () => {
    expect(searchWords(Array.from({ length: 40 }, (_, index) => `w${index}`).join(' '))).toHaveLength(MAX_QUERY_WORDS);
  });

  it('expands a prefix into the index words it stands for, or gives up', () => {
    const terms = parseSearchTerms('acme pipe');
    expect(terms).toEqual([
      { words: ['acme'], prefix: false },
      { words: ['pipe'], prefix: true },
    ]);
    expect(matchExpression(terms, () => ['pipeline', 'pipes'])).toBe('"acme" AND ("pipeline" OR "pipes")');
    expect(matchExpression(terms, () => ['pipeline'])).toBe('"acme" AND "pipeline"');
    expect(matchExpression(terms, () => [])).toBeNull();
    expect(matchExpression(terms, () => null)).toBeNull();
    expect(matchExpression(parseSearchTerms('"a b"'), () => null)).toBe('"a b"');
  });

  it('scopes an expression to a column', () => {
    expect(inColumn('private_notes_text', '"a"*')).toBe('private_notes_text : ("a"*)');
  });

  it('property: every expression is quoted words only', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const expression = buildMatchExpression(text);
        if (expression === null) return;
        expect(expression).toMatch(/^"[^"]+"\*?( AND "[^"]+"\*?)*$/);
      }),
    );
  });
});

describe('highlight segments', () => {
  it('turns snippet markers into segments, never HTML', () => {
    expect(markedTextToSegments('…call \u0002Acme\u0003 <b>now</b>')).toEqual([
      { text: '…call ', highlighted: false },
      { text: 'Acme', highlighted: true },
      { text: ' <b>now</b>', highlighted: false },
    ]);
  });

  it('property: segments keep every character but the markers, and alternate cleanly', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('\u0002', '\u0003'))), (parts) => {
        const marked = parts.join('');
        const segments = markedTextToSegments(marked);
        expect(segments.map((segment) => segment.text).join('')).toBe(
          marked.replaceAll('\u0002', '').replaceAll('\u0003', ''),
        );
        expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
      }),
    );
  });

  it('highlights name words starting with a searched word, ignoring case and accents', () => {
    expect(highlightWordPrefixes('José Álvarez', ['alv'])).toEqual([
      { text: 'José ', highlighted: false },
      { text: 'Álvarez', highlighted: true },
    ]);
  });
});
