import { describe, expect, it } from 'vitest';
import { isDevelopment, resolveAppEntry } from '../../../src/main/window/app-entry';

const rendererDir = '/home/ana/Coachbook/out/renderer';
const builtPage = { kind: 'app-protocol', url: 'app://coachbook/index.html', rendererDir };

describe('resolveAppEntry', () => {
  it('loads the built page from the app protocol, never file://', () => {
    expect(resolveAppEntry({ isPackaged: false, rendererDevUrl: undefined, rendererDir })).toEqual(builtPage);
    expect(resolveAppEntry({ isPackaged: true, rendererDevUrl: undefined, rendererDir })).toEqual(builtPage);
  });

  it('uses the electron-vite dev server in development', () => {
    expect(resolveAppEntry({ isPackaged: false, rendererDevUrl: 'http://localhost:5173', rendererDir })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
    expect(resolveAppEntry({ isPackaged: false, rendererDevUrl: 'http://127.0.0.1:5180', rendererDir }).kind).toBe(
      'dev-server',
    );
    expect(resolveAppEntry({ isPackaged: false, rendererDevUrl: 'http://[::1]:5173', rendererDir }).kind).toBe(
      'dev-server',
    );
  });

  it('ignores the variable in a packaged app', () => {
    expect(resolveAppEntry({ isPackaged: true, rendererDevUrl: 'http://localhost:5173', rendererDir }).kind).toBe(
      'app-protocol',
    );
  });

  it.each([
    'https://evil.com',
    'http://localhost.evil.com:5173',
    'http://user:pass@localhost:5173',
    'file:///tmp/evil.html',
    'javascript:alert(1)',
    'not a url',
    '',
  ])('falls back to the built page for a dev URL that is not this machine’s dev server: %j', (rendererDevUrl) => {
    expect(resolveAppEntry({ isPackaged: false, rendererDevUrl, rendererDir }).kind).toBe('app-protocol');
  });
});

describe('isDevelopment', () => {
  it('is true only under the dev server, so npm start (not packaged either) has no DevTools or Reload', () => {
    expect(
      isDevelopment(resolveAppEntry({ isPackaged: false, rendererDevUrl: 'http://localhost:5173', rendererDir })),
    ).toBe(true);
    expect(isDevelopment(resolveAppEntry({ isPackaged: false, rendererDevUrl: undefined, rendererDir }))).toBe(false);
  });
});
