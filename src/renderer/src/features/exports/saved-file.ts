import { calendarDayOf } from '@shared/accountability/calendar-days';

const wholeNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "24 KB", "1.2 MB" (or "1,2 MB", in the manager's locale): file sizes as a file manager shows them. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${wholeNumber.format(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${wholeNumber.format(Math.round(bytes / 1024))} KB`;
  return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
}

/**
 * "…/Documents/One-on-one Ana Ruiz 2026-11-27.pdf": the folder and the name are what a manager
 * recognises; a full path rarely fits in a notification. Both separators, for Windows paths.
 */
export function shortPath(filePath: string): string {
  const parts = filePath.split(/[\\/]/).filter(Boolean);
  if (parts.length <= 2) return filePath;
  return `…/${parts.slice(-2).join('/')}`;
}

export const fileNameOf = (filePath: string): string => filePath.split(/[\\/]/).filter(Boolean).pop() ?? filePath;

/** Today and the same day a year ago, local calendar days (yyyy-MM-dd), for "the last 12 months". */
export function lastTwelveMonths(now: Date = new Date()): [string, string] {
  const start = new Date(now.getFullYear() - 1, now.getMonth(), now.getDate() + 1);
  return [calendarDayOf(start), calendarDayOf(now)];
}
