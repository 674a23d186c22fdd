/*
 * Turns what a manager typed into an FTS5 MATCH expression that can never be a syntax error.
 * Each word becomes an FTS5 string ("…", with any " doubled), so AND, OR, NOT, NEAR, -, ^, :,
 * *, quotes and parentheses typed by a user are searched as text, never read as operators.
 * Words are what unicode61 (the tokenizer of every Coachbook FTS table) treats as words:
 * runs of letters, digits and marks; everything else separates words, as it does in the index.
 */

const WORD = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
/** More words than this add nothing a manager would notice and only make the query slower. */
export const MAX_QUERY_WORDS = 12;
/**
 * Prefix matching on a one-letter word would walk most of the index (every word starting with
 * "a"); the tables keep 2- and 3-letter prefix indexes, so prefixes start at two letters.
 */
const MIN_PREFIX_LENGTH = 2;

export const searchWords = (text: string): string[] => (text.match(WORD) ?? []).slice(0, MAX_QUERY_WORDS);

const ftsString = (word: string): string => `"${word.replaceAll('"', '""')}"`;

/**
 * A search term: one word, or the words a manager put between double quotes, which must appear
 * together in that order (an FTS5 phrase). `prefix` marks a last single word, matched as the start
 * of a word so results appear while the manager is still typing it.
 */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

/** Typographic double quotes, which macOS and word processors type for ", quote a phrase too. */
const DOUBLE_QUOTES = /["\u201C\u201D\u201E\u201F]/u;

/** The terms of a search text; an unbalanced quote is just a character. */
export function parseSearchTerms(text: string): SearchTerm[] {
  const parts = text.split(DOUBLE_QUOTES);
  const balanced = parts.length % 2 === 1;
  const groups: string[][] = [];
  parts.forEach((part, index) => {
    const quoted = index % 2 === 1 && (balanced || index < parts.length - 1);
    const words = searchWords(part);
    if (quoted && words.length > 0) groups.push(words);
    else groups.push(...words.map((word) => [word]));
  });
  // The cap counts words, so a long quoted passage cannot make a slow query either.
  const terms: SearchTerm[] = [];
  let count = 0;
  for (const words of groups) {
    if (count + words.length > MAX_QUERY_WORDS) break;
    terms.push({ words, prefix: false });
    count += words.length;
  }
  const last = terms[terms.length - 1];
  const [only] = last?.words ?? [];
  if (last && last.words.length === 1 && [...(only ?? '')].length >= MIN_PREFIX_LENGTH) last.prefix = true;
  return terms;
}

/**
 * All terms must match. With `expand`, a prefix term is replaced by the index words it stands
 * for (`("pipeline" OR "pipelines")`), which FTS5 evaluates much faster than a prefix when the
 * same expression runs once per row; null when a prefix cannot be expanded. The AND is written
 * out because FTS5 allows an implicit AND between phrases only: `"next" ("step" OR "steps")` is
 * a syntax error, `"next" AND ("step" OR "steps")` is not.
 */
export function matchExpression(
  terms: readonly SearchTerm[],
  expand?: (prefix: string) => readonly string[] | null,
): string | null {
  if (terms.length === 0) return null;
  const parts: string[] = [];
  for (const term of terms) {
    const phrase = ftsString(term.words.join(' '));
    if (!term.prefix) parts.push(phrase);
    else if (!expand) parts.push(`${phrase}*`);
    else {
      const words = expand(term.words[0] ?? '');
      if (!words || words.length === 0) return null;
      parts.push(words.length === 1 ? ftsString(words[0] ?? '') : `(${words.map(ftsString).join(' OR ')})`);
    }
  }
  return parts.join(' AND ');
}

/** The MATCH expression for what a manager typed; null when the text has no words at all. */
export const buildMatchExpression = (text: string): string | null => matchExpression(parseSearchTerms(text));

/** Restricts an expression to one column of a multi-column FTS table. */
export const inColumn = (column: string, expression: string): string => `${column} : (${expression})`;
