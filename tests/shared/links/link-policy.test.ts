import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedLinkHref, isAllowedLink, LINK_PROTOCOLS, MAX_LINK_LENGTH } from '@shared/links/link-policy';

describe('the link policy', () => {
  it.each([
    ['https://crm.example.com/deals/4?tab=notes#next', 'https://crm.example.com/deals/4?tab=notes#next'],
    ['http://intranet.local/playbook', 'http://intranet.local/playbook'],
    ['HTTPS://CRM.Example.com', 'https://crm.example.com/'],
    ['  https://crm.example.com/deals/4  ', 'https://crm.example.com/deals/4'],
    ['\thttps://crm.example.com\n', 'https://crm.example.com/'],
    ['https://exämple.com/', 'https://xn--exmple-cua.com/'],
    ['mailto:rep@example.com', 'mailto:rep@example.com'],
    ['MailTo:Rep@Example.com', 'mailto:Rep@Example.com'],
    [
      'mailto:rep@example.com?subject=Q3 forecast&cc=lead@example.com',
      'mailto:rep@example.com?subject=Q3%20forecast&cc=lead@example.com',
    ],
    ['mailto:ana@example.com,ben@example.com', 'mailto:ana@example.com,ben@example.com'],
    ['mailto:?subject=Deal%20review', 'mailto:?subject=Deal%20review'],
    [' mailto:rep@example.com ', 'mailto:rep@example.com'],
  ])('allows %j as %s', (raw, href) => {
    expect(allowedLinkHref(raw)).toBe(href);
    expect(isAllowedLink(raw)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:text/html,<a href="https://x.com">',
    'file:///etc/passwd',
    'FILE:///C:/Windows/System32/calc.exe',
    'blob:https://example.com/0b6b4b7e',
    'about:blank',
    'chrome://settings',
    'ms-msdt:/id PCWDiagnostic',
    'smb://server/share',
    'tel:+15551234',
    'ftp://example.com/file',
    'coachbook://internal',
    // Look-alike schemes parse to their own protocol.
    'mailto2:rep@example.com',
    'mailtox:rep@example.com',
    'mail-to:rep@example.com',
    'https-evil://example.com',
    'httpss://example.com',
    'xhttps://example.com',
    'https.evil:x',
    // An email link with nothing to write to or about, and links that would disguise their target.
    'mailto:',
    'mailto:?',
    'https://bank.com@evil.com/',
    'https://user:pass@crm.example.com/',
    // Relative or scheme-less links have no base in a note.
    '/relative/path',
    '//example.com/x',
    'example.com',
    'rep@example.com',
    '',
    '   ',
    'https://',
    'http://exa mple.com',
  ])('refuses %j', (raw) => {
    expect(allowedLinkHref(raw)).toBeNull();
    expect(isAllowedLink(raw)).toBe(false);
  });

  it('refuses what is not text, and links longer than any a manager uses', () => {
    for (const raw of [undefined, null, 42, { toString: () => 'https://x.com' }, ['https://x.com']]) {
      expect(allowedLinkHref(raw)).toBeNull();
    }
    expect(allowedLinkHref(`https://example.com/${'a'.repeat(MAX_LINK_LENGTH)}`)).toBeNull();
  });

  it('property: whatever it allows is http(s) or mailto, already re-serialised, and allowed again as is', () => {
    const scheme = fc.constantFrom(
      'http:',
      'https:',
      'mailto:',
      'javascript:',
      'data:',
      'file:',
      'HTTPS:',
      'MAILTO:',
      '',
    );
    const raw = fc.oneof(
      fc.string(),
      fc.tuple(scheme, fc.constantFrom('', '//'), fc.string()).map((parts) => parts.join('')),
      fc.webUrl(),
    );
    fc.assert(
      fc.property(raw, (text) => {
        const href = allowedLinkHref(text);
        if (href === null) return;
        const url = new URL(href);
        expect(LINK_PROTOCOLS.has(url.protocol)).toBe(true);
        expect(url.href).toBe(href);
        expect(allowedLinkHref(href)).toBe(href);
      }),
    );
  });
});
