import { constants, type Stats } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { DomainError } from '../errors';

const NOTHING_SAVED = 'Nothing was saved; choose another place for the backup.';

const refused = (problem: string) => new DomainError('invalid_input', `${problem} ${NOTHING_SAVED}`);

const codeOf = (error: unknown): string => (error instanceof Error && 'code' in error ? String(error.code) : '');

async function statOrError(path: string): Promise<Stats | Error> {
  try {
    return await stat(path);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * The save dialog asked to confirm an overwrite, but what it hands back can still be unusable:
 * a folder (a trailing separator, or a name that is one), a read-only file, a device, or a folder
 * that is gone (an unplugged drive). Checked before anything is written, so the backup either
 * lands whole under the chosen name or nothing changes.
 */
export async function checkBackupTarget(filePath: string): Promise<void> {
  const folder = dirname(filePath);
  const folderInfo = await statOrError(folder);
  if (folderInfo instanceof Error || !folderInfo.isDirectory()) {
    throw refused(`The folder ${folder} does not exist (any more).`);
  }
  if (/[\\/]$/.test(filePath)) throw refused(`${filePath} is a folder, not a file name.`);

  const existing = await statOrError(filePath);
  if (!(existing instanceof Error)) {
    if (existing.isDirectory()) throw refused(`${basename(filePath)} is a folder, not a file.`);
    if (!existing.isFile()) throw refused(`${basename(filePath)} is not a file Coachbook can save to.`);
    // Checked by mode bits, not access(): an administrator may write anywhere, but a file the
    // manager made read-only is one they meant to keep.
    if ((existing.mode & 0o222) === 0) throw refused(`${basename(filePath)} is read-only.`);
  } else if (codeOf(existing) !== 'ENOENT') {
    throw writeRefusal(existing) ?? existing;
  }

  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    throw writeRefusal(error) ?? error;
  }
}

/** What went wrong while writing the backup, in words; null for a failure that is Coachbook's own. */
export function writeRefusal(error: unknown): DomainError | null {
  const code = codeOf(error);
  if (['EACCES', 'EPERM', 'EROFS'].includes(code) || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') {
    return refused('Coachbook is not allowed to save in that folder.');
  }
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return refused('The disk is full.');
  if (['ENOENT', 'ENOTDIR', 'EISDIR'].includes(code) || code.startsWith('SQLITE_CANTOPEN')) {
    return refused('The chosen folder is no longer there, or is not a folder.');
  }
  return null;
}
