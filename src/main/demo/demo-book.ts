import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiMethod } from '@shared/api/contract';
import type { ApiHandlers } from '../api/registry';
import { DomainError } from '../errors';

/*
 * The demo book is a file of its own, `<dataDir>/demo/coachbook-demo.sqlite`, never the
 * manager's book: opening it switches the running app to that file (as a restore swaps files
 * in place), leaving the demo switches back, and the demo file is deleted then. A demo is
 * seeded afresh each time it opens, and a restart always opens the manager's own book, so no
 * demo rep can ever end up among their real ones, whether they have reps already or not.
 */

export const demoBookFile = (dataDir: string): string => join(dataDir, 'demo', 'coachbook-demo.sqlite');

/** The demo file and its WAL companions; a demo never outlives the visit. */
export async function removeDemoBook(dataDir: string): Promise<void> {
  const file = demoBookFile(dataDir);
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${file}${suffix}`, { force: true })));
}

export async function prepareDemoFolder(dataDir: string): Promise<void> {
  await mkdir(join(dataDir, 'demo'), { recursive: true });
  await removeDemoBook(dataDir);
}

/** A team the size a new manager runs, with a year of one-on-ones behind it. */
export const DEMO_BOOK_SIZE = { reps: 8, years: 1, seed: 2026 } as const;

const refuse = (what: string) => (): never => {
  throw new DomainError(
    'unavailable',
    `${what} is not available in the demo book: it is thrown away when you leave it. Go back to your book first.`,
  );
};

type DemoRefusedMethod =
  | 'backup.create'
  | 'backup.list'
  | 'backup.restore'
  | 'repImport.preview'
  | 'repImport.confirm'
  | 'repImport.saveTemplate';

/**
 * What the demo answers in place of backups and imports: a backup of the demo would sit among
 * the manager's real backups, and reps imported into it would vanish with it.
 */
export const demoRefusals: ApiHandlers<Extract<ApiMethod, DemoRefusedMethod>> = {
  'backup.create': refuse('Backing up'),
  'backup.list': () => [],
  'backup.restore': refuse('Restoring a backup'),
  'repImport.preview': refuse('Importing reps'),
  'repImport.confirm': refuse('Importing reps'),
  'repImport.saveTemplate': refuse('The rep list template'),
};
