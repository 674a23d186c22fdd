import { describe, expect, it } from 'vitest';
import { decideNavigation } from '../../../src/main/security/navigation';

const builtApp = 'app://coachbook/index.html';
const devServer = 'http://localhost:5173/';

describe('decideNavigation', () => {
  describe('inside the app', () => {
    it('allows the built app document, with any route fragment or query', () => {
      expect(decideNavigation(builtApp, builtApp)).toBe('allow');
      expect(decideNavigation(`${builtApp}#/reps/4`, builtApp)).toBe('allow');
      expect(decideNavigation(`${builtApp}?reload=1`, builtApp)).toBe('allow');
    });

    it('allows any page of the dev server origin', () => {
      expect(decideNavigation('http://localhost:5173/reps/4', devServer)).toBe('allow');
    });

    it('denies files, even the renderer’s own, and other app hosts', () => {
      expect(decideNavigation('file:///etc/passwd', builtApp)).toBe('deny');
      expect(decideNavigation('file:///opt/Coachbook/resources/app/out/renderer/index.html', builtApp)).toBe('deny');
      expect(decideNavigation('app://evil/index.html', builtApp)).toBe('deny');
      expect(decideNavigation('app://user@coachbook/index.html', builtApp)).toBe('deny');
    });

    it('does not treat the dev server as the app once the app runs from files, or the reverse', () => {
      expect(decideNavigation(builtApp, devServer)).toBe('deny');
      expect(decideNavigation(devServer, builtApp)).toEqual({ action: 'open-external', url: devServer });
    });

    it('does not allow another port or a look-alike host of the dev server', () => {
      expect(decideNavigation('http://localhost:5174/', devServer)).not.toBe('allow');
      expect(decideNavigation('http://localhost.evil.com:5173/', devServer)).not.toBe('allow');
      expect(decideNavigation('https://localhost:5173/', devServer)).not.toBe('allow');
    });
  });

  describe('web links', () => {
    it('hands http and https links to the browser, re-serialised', () => {
      expect(decideNavigation('https://example.com/path?q=1', builtApp)).toEqual({
        action: 'open-external',
        url: 'https://example.com/path?q=1',
      });
      expect(decideNavigation('HTTPS://EXAMPLE.com', builtApp)).toEqual({
        action: 'open-external',
        url: 'https://example.com/',
      });
      expect(decideNavigation('http://localhost.evil.com', builtApp)).toEqual({
        action: 'open-external',
        url: 'http://localhost.evil.com/',
      });
    });

    it('never allows a look-alike host into the app', () => {
      const decision = decideNavigation('https://coachbook.app.evil.com/', builtApp);
      expect(decision).toEqual({ action: 'open-external', url: 'https://coachbook.app.evil.com/' });
    });

    it('refuses links carrying credentials', () => {
      expect(decideNavigation('https://user:pass@x.com', builtApp)).toBe('deny');
      expect(decideNavigation('https://user@x.com', builtApp)).toBe('deny');
      expect(decideNavigation('https://bank.com@evil.com/', builtApp)).toBe('deny');
      expect(decideNavigation('http://user:pass@localhost:5173/', devServer)).toBe('deny');
    });
  });

  describe('email links', () => {
    // A manager clicks a rep's address or a mailto link in a note: the mail app opens, as the editor promised.
    it.each([
      ['mailto:rep@example.com', 'mailto:rep@example.com'],
      ['MAILTO:Rep@Example.com', 'mailto:Rep@Example.com'],
      [
        'mailto:rep@example.com?subject=Q3%20forecast&cc=lead@example.com',
        'mailto:rep@example.com?subject=Q3%20forecast&cc=lead@example.com',
      ],
      ['mailto:?subject=Deal%20review', 'mailto:?subject=Deal%20review'],
    ])('hands %s to the mail app', (url, handed) => {
      expect(decideNavigation(url, builtApp)).toEqual({ action: 'open-external', url: handed });
    });
  });

  describe('hostile and odd input', () => {
    const denied = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'blob:https://example.com/0b6b4b7e',
      'file:///etc/passwd',
      'file:///C:/Windows/System32/calc.exe',
      'chrome://settings',
      'chrome://gpu',
      'devtools://devtools/bundled/inspector.html',
      'view-source:https://example.com',
      'about:blank',
      'mailto:',
      'mailtox:rep@example.com',
      'mailto2:rep@example.com',
      'https-x://example.com',
      'tel:+15551234',
      'ftp://example.com/file',
      'ws://example.com/socket',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'filesystem:https://example.com/temporary/x',
    ];
    it.each(denied)('denies %s', (url) => {
      expect(decideNavigation(url, builtApp)).toBe('deny');
    });

    const padded = [
      ' javascript:alert(1)',
      'javascript:alert(1) ',
      '\njavascript:alert(1)',
      'java\nscript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      ' mailto:rep@example.com',
      'mailto:rep@example.com\n',
      ' https://example.com',
      'https://example.com\n',
      'https://exa\tmple.com',
      '\u00a0https://example.com',
      'https://example.com/\u2028',
      `${builtApp} `,
      `\r\n${builtApp}`,
    ];
    it.each(padded)('denies whitespace- or control-padded %j instead of normalising it', (url) => {
      expect(decideNavigation(url, builtApp)).toBe('deny');
    });

    const malformed = [
      '',
      'not a url',
      'http://',
      'https://[::1',
      'http://exa mple.com',
      '://example.com',
      '//example.com',
      'https:',
    ];
    it.each(malformed)('denies malformed %j', (url) => {
      expect(decideNavigation(url, builtApp)).toBe('deny');
    });

    it('denies non-string targets and absurdly long URLs', () => {
      expect(decideNavigation(undefined, builtApp)).toBe('deny');
      expect(decideNavigation(null, builtApp)).toBe('deny');
      expect(decideNavigation({ toString: () => builtApp }, builtApp)).toBe('deny');
      expect(decideNavigation(`https://example.com/${'a'.repeat(40_000)}`, builtApp)).toBe('deny');
    });

    it('denies everything when the app entry itself is not a usable URL', () => {
      expect(decideNavigation('https://example.com', '')).toBe('deny');
      expect(decideNavigation('javascript:alert(1)', 'javascript:alert(1)')).toBe('deny');
      expect(decideNavigation('data:text/html,x', 'data:text/html,x')).toBe('deny');
    });

    it('hands punycode hosts to the browser in their ASCII form only', () => {
      expect(decideNavigation('https://xn--80ak6aa92e.com/', builtApp)).toEqual({
        action: 'open-external',
        url: 'https://xn--80ak6aa92e.com/',
      });
      expect(decideNavigation('https://аррӏе.com/', builtApp)).toBe('deny');
    });
  });
});
