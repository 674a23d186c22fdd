// Types: fetch-electron-reason.d.mts.

const NETWORK_CODES = ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH'];

/**
 * The "why" of a failed Electron download in a few words, from what its installer printed (a
 * stack trace): no network, a proxy or firewall, a full disk. Null when nothing was printed.
 */
export function downloadFailureReason(printed) {
  const text = printed.trim();
  if (text === '') return null;
  const code = NETWORK_CODES.find((candidate) => text.includes(candidate));
  if (code) return `no network connection: ${code}`;
  // Node's fetch hides the cause (ENOTFOUND, a refused proxy) behind this one message.
  if (text.includes('fetch failed')) return 'no network connection';
  if (text.includes('ENOSPC')) return 'the disk is full';
  if (text.includes('ERR_REQUIRE_ESM')) return 'its installer needs Node 22.12 or newer';
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  return (
    firstLine
      .replace(/^(Error|RequestError|HTTPError):\s*/, '')
      .trim()
      .slice(0, 160) || null
  );
}
