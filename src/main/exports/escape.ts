/** Text in HTML content or a quoted attribute: nothing a note contains can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text in Markdown: characters that would start emphasis, code, links or raw HTML are escaped,
 * and so are the line starts that would turn a sentence into a heading, list or quote.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#+\-=])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, '$1$2\\$3');
}

/** Links in exported notes may only point to the web or to an email address; anything else stays text. */
const SAFE_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function safeLinkHref(href: unknown): string | null {
  if (typeof href !== 'string' || href.length > 2048) return null;
  try {
    const url = new URL(href.trim());
    return SAFE_LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
