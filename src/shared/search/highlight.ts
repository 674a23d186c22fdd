/**
 * Highlighted text as plain segments the renderer shows with <mark>, never as HTML: a note that
 * contains "<script>" is shown as those characters.
 */
export interface TextSegment {
  text: string;
  highlighted: boolean;
}

/*
 * snippet() wraps matches in these markers. They are control characters no one types into a note
 * (the plain-text copies are made from editor JSON), so they cannot collide with real text.
 */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';
export const SNIPPET_ELLIPSIS = '…';

/** Splits marked text into segments; unbalanced markers end or start a highlight and are dropped. */
export function markedTextToSegments(marked: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let highlighted = false;
  let current = '';
  const flush = () => {
    if (current) segments.push({ text: current, highlighted });
    current = '';
  };
  for (const char of marked) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      flush();
      highlighted = char === HIGHLIGHT_START;
      continue;
    }
    current += char;
  }
  flush();
  return segments;
}

/**
 * Highlights in `text` the words that start with one of `words` (case- and accent-insensitive),
 * for matches made outside FTS5, like rep names.
 */
export function highlightWordPrefixes(text: string, words: readonly string[]): TextSegment[] {
  const wanted = words.map(fold).filter(Boolean);
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const word = match[0];
    const start = match.index ?? 0;
    if (!wanted.some((prefix) => fold(word).startsWith(prefix))) continue;
    if (start > last) segments.push({ text: text.slice(last, start), highlighted: false });
    segments.push({ text: word, highlighted: true });
    last = start + word.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), highlighted: false });
  return segments;
}

/** Lower case without accents, as FTS5's remove_diacritics folds them. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
