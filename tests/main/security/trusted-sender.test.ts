import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../src/main/security/trusted-sender';

const builtApp = 'file:///home/ana/Coachbook/out/renderer/index.html';
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
    'file:///home/ana/Coachbook/out/renderer/evil.html',
    'file:///home/ana/Downloads/index.html',
    'file:///home/ana/Coachbook/out/renderer/index.html/../../../../tmp/x.html',
    'file://attacker/home/ana/Coachbook/out/renderer/index.html',
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

describe('isTrustedSender with unusual folder names', () => {
  it('trusts the app page however its path is percent-encoded', () => {
    const entry = 'file:///C:/Users/Jos%C3%A9/My%20Apps/a%5Eb/out/renderer/index.html';
    expect(isTrustedSender('file:///C:/Users/Jos%C3%A9/My%20Apps/a^b/out/renderer/index.html', entry)).toBe(true);
    expect(isTrustedSender('file:///C:/Users/Jos%c3%a9/My%20Apps/a%5Eb/out/renderer/index.html', entry)).toBe(true);
  });

  it('still refuses another file and malformed escapes', () => {
    const entry = 'file:///C:/Users/Jos%C3%A9/out/renderer/index.html';
    expect(isTrustedSender('file:///C:/Users/Jose/out/renderer/index.html', entry)).toBe(false);
    expect(isTrustedSender('file:///C:/Users/Jos%C3/out/renderer/index.html', entry)).toBe(false);
    expect(isTrustedSender('file:///C:/Users/Jos%C3%A9/out/renderer/index%2Ehtml.evil', entry)).toBe(false);
  });
});
