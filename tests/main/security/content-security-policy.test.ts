import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DEV_SERVER_CONTENT_SECURITY_POLICY,
} from '../../../src/main/security/content-security-policy';

const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );

/** The content of the first CSP meta tag, whatever the attribute order or quoting. */
function metaPolicy(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const attributes = new Map(
      [...tag.matchAll(/([a-z-]+)\s*=\s*("([^"]*)"|'([^']*)')/gi)].map((m) => [
        m[1]?.toLowerCase(),
        m[3] ?? m[4] ?? '',
      ]),
    );
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') return attributes.get('content');
  }
  return undefined;
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('allows no eval, no inline script and no remote origin anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'self'"]);
  });

  it('is what the renderer page carries', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../src/renderer/index.html'), 'utf8');
    expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY);
  });

  it('differs for the dev server only by allowing the inline React Refresh preamble', () => {
    const dev = directives(DEV_SERVER_CONTENT_SECURITY_POLICY);
    const built = directives(CONTENT_SECURITY_POLICY);
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    dev.delete('script-src');
    built.delete('script-src');
    expect(dev).toEqual(built);
  });
});
