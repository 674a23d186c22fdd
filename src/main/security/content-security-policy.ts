/**
 * The renderer's policy, carried verbatim by the `<meta http-equiv="Content-Security-Policy">`
 * in src/renderer/index.html (a test keeps the two equal). Everything is bundled, so nothing
 * loads from another origin; Mantine injects style tags, hence the inline styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // No frame-ancestors: Chromium ignores it in a <meta> policy (and says so in the console);
  // the app is never framed anyway, since every navigation and window.open is denied.
].join('; ');

/**
 * `electron-vite dev` only: @vitejs/plugin-react injects an inline React Refresh preamble into
 * index.html, which `script-src 'self'` blocks (the page then throws "can't detect preamble").
 * A dev-server-only Vite plugin may swap the meta content for this; built files never use it.
 */
export const DEV_SERVER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
);
