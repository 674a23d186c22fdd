import { rename, rm, stat, writeFile } from 'node:fs/promises';

/**
 * Writes beside the target and renames into place: an export that fails halfway (disk full, a
 * PDF that would not render) never leaves a truncated file under the name the manager chose, and
 * never clobbers an older good file with half of a new one.
 */
export async function writeFileAtomically(
  filePath: string,
  data: string | Uint8Array | Iterable<string>,
): Promise<number> {
  const partial = `${filePath}.partial-${process.pid}-${Date.now()}`;
  try {
    await writeFile(partial, data);
    await rename(partial, filePath);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return (await stat(filePath)).size;
}

/** A file name from words a manager typed (a rep's name): no path separators or characters Windows refuses. */
export const safeFileName = (name: string): string =>
  [...name]
    .map((char) => (char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 ? ' ' : char))
    .join('')
    .replace(/[<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150) || 'Coachbook export';
