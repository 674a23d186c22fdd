import { describe, expect, it } from 'vitest';
import { resolveAppEntry } from '../../../src/main/window/app-entry';

const rendererIndexFile = '/home/ana/Coachbook/out/renderer/index.html';

describe('resolveAppEntry', () => {
  it('loads the built page as a file URL', () => {
    expect(resolveAppEntry({ isPackaged: false, rendererDevUrl: undefined, rendererIndexFile })).toEqual({
      kind: 'file',
      url: 'file:///home/ana/Coachbook/out/renderer/index.html',
      file: rendererIndexFile,
    });
  });

  it('percent-encodes odd folder names the way Chromium reports them', () => {
    const entry = resolveAppEntry({
      isPackaged: true,
      rendererDevUrl: undefined,
      rendererIndexFile: '/Users/ana/My Apps/#1/index.html',
    });
    expect(entry.url).toBe('file:///Users/ana/My%20Apps/%231/index.html');
  });

  it('uses the electron-vite dev server in development', () => {
    expect(resolveAppEntry({ isPackaged: false, rendererDevUrl: 'http://localhost:5173', rendererIndexFile })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173/',
    });
    expect(
      resolveAppEntry({ isPackaged: false, rendererDevUrl: 'http://127.0.0.1:5180', rendererIndexFile }).kind,
    ).toBe('dev-server');
    expect(resolveAppEntry({ isPackaged: false, rendererDevUrl: 'http://[::1]:5173', rendererIndexFile }).kind).toBe(
      'dev-server',
    );
  });

  it('ignores the variable in a packaged app', () => {
    expect(resolveAppEntry({ isPackaged: true, rendererDevUrl: 'http://localhost:5173', rendererIndexFile }).kind).toBe(
      'file',
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
    expect(resolveAppEntry({ isPackaged: false, rendererDevUrl, rendererIndexFile }).kind).toBe('file');
  });
});
