import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../src/main/security/trusted-sender';

const builtApp = 'app://coachbook/index.html';
const devServer = 'http://localhost:5173';

describe('isTrustedSender', () => {
  it('trusts the packaged app page, on any route', () => {
    expect(isTrustedSender(builtApp, builtApp)).toBe(true);
    expect(isTrustedSender(`${builtApp}#/reps/7/meetings/3`, builtApp)).toBe(true);
  });

  it('trusts the dev server origin', () => {
    expect(isTrustedSender('http://localhost:5173/', devServer)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/index.html#/reps', devServer)).toBe(true);
  });

  it('does not trust a missing frame', () => {
    expect(isTrustedSender(undefined, builtApp)).toBe(false);
    expect(isTrustedSender(null, builtApp)).toBe(false);
    expect(isTrustedSender('', builtApp)).toBe(false);
  });

  const hostileForBuiltApp = [
    'file:///etc/passwd',
    'file:///home/ana/Coachbook/out/renderer/index.html',
    'file:///C:/Users/ana/Coachbook/out/renderer/index.html',
    'app://evil/index.html',
    'app://coachbook.evil.com/index.html',
    'app://user:pass@coachbook/index.html',
    'apps://coachbook/index.html',
    'about:blank',
    'about:srcdoc',
    'data:text/html,<script>window.coachbook.invoke("reps.list",{})</script>',
    'blob:file:///1234',
    'https://evil.com/home/ana/Coachbook/out/renderer/index.html',
    'http://localhost:5173/',
    'chrome-error://chromewebdata/',
    'devtools://devtools/bundled/inspector.html',
    'javascript:alert(1)',
    ` ${builtApp}`,
    `${builtApp}\n`,
  ];
  it.each(hostileForBuiltApp)('does not trust %j when the app runs from its files', (frameUrl) => {
    expect(isTrustedSender(frameUrl, builtApp)).toBe(false);
  });

  const hostileForDevServer = [
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://localhost.evil.com:5173/',
    'http://127.0.0.1:5173/',
    'http://user:pass@localhost:5173/',
    'http://evil.com/?http://localhost:5173/',
    'file:///home/ana/Coachbook/out/renderer/index.html',
  ];
  it.each(hostileForDevServer)('does not trust %j when the app runs from the dev server', (frameUrl) => {
    expect(isTrustedSender(frameUrl, devServer)).toBe(false);
  });

  it('trusts nothing when the app entry is not an app URL', () => {
    expect(isTrustedSender('about:blank', 'about:blank')).toBe(false);
    expect(isTrustedSender('data:text/html,x', 'data:text/html,x')).toBe(false);
    expect(isTrustedSender('https://example.com', 'not a url')).toBe(false);
  });
});

describe('isTrustedSender on Windows', () => {
  it('trusts the app page wherever Coachbook is installed: its URL never names a drive or folder', () => {
    // Chromium spells file URLs `file:///C:/…`, Node's pathToFileURL `file:///c:/…`; an exact
    // compare of those refused every call. The app origin has no path to spell.
    expect(isTrustedSender('app://coachbook/index.html#/reps', 'app://coachbook/index.html')).toBe(true);
    expect(isTrustedSender('file:///C:/Program%20Files/Coachbook/out/renderer/index.html', builtApp)).toBe(false);
  });
});
