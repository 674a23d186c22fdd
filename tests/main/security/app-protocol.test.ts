import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppFile } from '../../../src/main/security/app-protocol';

const rendererDir = mkdtempSync(join(tmpdir(), 'coachbook-renderer-'));
mkdirSync(join(rendererDir, 'assets'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Coachbook</title>');
writeFileSync(join(rendererDir, 'assets', 'index-1.js'), 'console.log(1)');
writeFileSync(join(rendererDir, '..', 'secret.txt'), 'not for the page');
afterAll(() => {
  rmSync(rendererDir, { recursive: true, force: true });
  rmSync(join(rendererDir, '..', 'secret.txt'), { force: true });
});

describe('resolveAppFile', () => {
  it('maps app://coachbook paths into the renderer folder', () => {
    expect(resolveAppFile('app://coachbook/index.html', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(resolveAppFile('app://coachbook/', rendererDir)).toBe(join(rendererDir, 'index.html'));
    expect(resolveAppFile('app://coachbook/assets/index-1.js?v=2#x', rendererDir)).toBe(
      join(rendererDir, 'assets', 'index-1.js'),
    );
    expect(resolveAppFile('app://coachbook/My%20Notes.html', rendererDir)).toBe(join(rendererDir, 'My Notes.html'));
  });

  it('keeps dot segments the URL parser resolves inside the folder', () => {
    expect(resolveAppFile('app://coachbook/%2e%2e/secret.txt', rendererDir)).toBe(join(rendererDir, 'secret.txt'));
    expect(resolveAppFile('app://coachbook/../../secret.txt', rendererDir)).toBe(join(rendererDir, 'secret.txt'));
  });

  it.each([
    'app://coachbook/..%2fsecret.txt',
    'app://coachbook/assets/..%2f..%2fsecret.txt',
    'app://coachbook/%2e%2e%5csecret.txt',
    'app://coachbook/index.html%00.png',
    'app://coachbook/%E0%A4%A',
    'app://other/index.html',
    'app://user:pw@coachbook/index.html',
    'file:///etc/passwd',
    'https://coachbook/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, rendererDir)).toBeNull();
  });
});

describe('createAppProtocolHandler', () => {
  const handle = createAppProtocolHandler(rendererDir);

  it('serves the page with its type and the app’s policy', async () => {
    const response = await handle(new Request('app://coachbook/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<title>Coachbook</title>');
    const script = await handle(new Request('app://coachbook/assets/index-1.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses a path out of the folder and answers 404 for a missing file', async () => {
    const escape = await handle(new Request('app://coachbook/..%2fsecret.txt'));
    expect(escape.status).toBe(403);
    expect(await escape.text()).not.toContain('not for the page');
    expect((await handle(new Request('app://coachbook/missing.js'))).status).toBe(404);
    expect((await handle(new Request('app://coachbook/assets'))).status).toBe(404);
  });

  it('refuses anything but reading', async () => {
    expect((await handle(new Request('app://coachbook/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
