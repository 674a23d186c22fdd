import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { CustomScheme } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/**
 * The built renderer is served from `app://coachbook/…` rather than file:// (item 18 of
 * Electron's security checklist): a file:// page shares its origin with every file on disk, and
 * on Windows Chromium reports `file:///C:/…` where Node writes `file:///c:/…`, so an exact URL
 * check would refuse the app's own window.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'coachbook';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Registered before `ready` (Electron allows it only then). Standard: relative URLs, origins and
 * `'self'` in the CSP work as on the web; secure: treated like https; fetch and code caching as
 * for a normal page. No CORS bypass, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/**
 * The file under `rendererDir` an `app://coachbook/…` URL names, or null for anything else:
 * another scheme or host, credentials, a path that leaves the folder once decoded (`..%2f`,
 * `%5c..`), or a NUL byte.
 */
export function resolveAppFile(rawUrl: string, rendererDir: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '')
    return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return join(root, inside);
}

export type ReadAppFile = (file: string) => Promise<Uint8Array>;

/** `protocol.handle(APP_SCHEME, …)`: the renderer's files, and nothing else, as a web server would. */
export function createAppProtocolHandler(
  rendererDir: string,
  read: ReadAppFile = readFile,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppFile(request.url, rendererDir);
    if (!file) return plain(403, 'Forbidden');
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return plain(404, 'Not found');
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
    // The header carries frame-ancestors, which Chromium ignores in the page's <meta> policy.
    if (type.startsWith('text/html'))
      headers['content-security-policy'] = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
    return new Response(request.method === 'HEAD' ? null : Buffer.from(body), { status: 200, headers });
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
