/** The first `words` words of a text, whitespace collapsed, and whether anything was cut. */
export function excerptWords(text: string, words: number): { excerpt: string; truncated: boolean } {
  const all = text.split(/\s+/u).filter(Boolean);
  return { excerpt: all.slice(0, words).join(' '), truncated: all.length > words };
}
