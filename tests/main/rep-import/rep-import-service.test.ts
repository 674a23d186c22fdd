import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headlessShell, type ShellActions } from '../../../src/main/app-core';
import { rawConnection } from '../../../src/main/database/raw-connection';
import { fixedClock, FRIDAY_MORNING } from '../support/fixed-clock';
import { tempCoreEachTest } from '../support/temp-core-each-test';

const FIXTURES = join(__dirname, '../../fixtures/rep-lists');

/** What the open and save dialogs answer next. */
let openAnswer: string | null = null;
let saveAnswer: string | null = null;
const shell: ShellActions = {
  ...headlessShell,
  chooseOpenFile: async () => openAnswer,
  chooseSaveFile: async () => saveAnswer,
};
const clock = fixedClock(FRIDAY_MORNING);
const app = tempCoreEachTest(() => ({ shell, clock }));

let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'coachbook-rep-lists-'));
  openAnswer = null;
  saveAnswer = null;
  clock.set(FRIDAY_MORNING);
});
afterEach(() => rm(scratch, { recursive: true, force: true }));

const fixture = (name: string) => join(FIXTURES, name);
const scratchFile = async (name: string, content: string | Uint8Array) => {
  const path = join(scratch, name);
  await writeFile(path, content);
  return path;
};

async function previewOf(filePath: string) {
  openAnswer = filePath;
  const preview = await app.call('repImport.preview', {});
  if (!preview) throw new Error('the dialog answered a file, so there must be a preview');
  return preview;
}

const repNames = async () => (await app.call('reps.list', { status: 'all' })).map((rep) => rep.name);

describe('importing reps from a spreadsheet', () => {
  it('previews the file, then imports every rep of it', async () => {
    const preview = await previewOf(fixture('excel-utf8.csv'));
    expect(preview).toMatchObject({ fileName: 'excel-utf8.csv', rowCount: 4, readyCount: 4, problemCount: 0 });
    expect(preview.token).toEqual(expect.any(String));
    // A preview changes nothing.
    expect(await repNames()).toEqual([]);

    const result = await app.call('repImport.confirm', { token: preview.token ?? '' });
    expect(result).toEqual({ imported: 4, skipped: 0 });
    const reps = await app.call('reps.list', {});
    expect(reps.map((rep) => [rep.name, rep.email, rep.cadence, rep.startDate, rep.status])).toEqual([
      ['Dana Whitfield', 'dana.whitfield@northwind.example', 'weekly', '2024-03-15', 'active'],
      ['Marcus Lee', 'marcus.lee@northwind.example', 'biweekly', '2023-01-08', 'active'],
      ['Priya Natarajan', 'priya.natarajan@northwind.example', 'biweekly', '2025-11-04', 'active'],
      ['Tom Becker', 'tom.becker@northwind.example', 'monthly', null, 'active'],
    ]);
    expect(await app.call('reps.teams', {})).toEqual(['Enterprise', 'Mid-Market']);
  });

  it('a cancelled dialog answers null and changes nothing', async () => {
    expect(await app.call('repImport.preview', {})).toBeNull();
    expect(await repNames()).toEqual([]);
  });

  it('a file with a bad row gets no token, and nothing of it can be imported', async () => {
    const preview = await previewOf(fixture('team-with-mistakes.csv'));
    expect(preview).toMatchObject({ token: null, rowCount: 5, readyCount: 0, problemCount: 4 });
    expect(preview.problems.map((problem) => problem.line)).toEqual([3, 4, 5, 6]);
    const error = await app.callError('repImport.confirm', { token: 'made-up' });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'token' });
    expect(error.message).toContain('Nothing was imported');
    expect(await repNames()).toEqual([]);
  });

  it('reps already in the book (e-mail in any case, archived too) are listed and skipped, not added twice', async () => {
    await app.call('reps.create', { name: 'Dana W.', email: 'DANA.WHITFIELD@northwind.example', cadence: 'weekly' });
    const tom = await app.call('reps.create', {
      name: 'Tom B.',
      email: 'tom.becker@northwind.example',
      cadence: 'weekly',
    });
    await app.call('reps.archive', { id: tom.id });

    const preview = await previewOf(fixture('excel-utf8.csv'));
    expect(preview).toMatchObject({ readyCount: 2, alreadyInBookCount: 2, problemCount: 0 });
    expect(preview.alreadyInBook).toEqual([
      {
        line: 2,
        name: 'Dana Whitfield',
        email: 'dana.whitfield@northwind.example',
        existingRepName: 'Dana W.',
        existingRepArchived: false,
      },
      {
        line: 5,
        name: 'Tom Becker',
        email: 'tom.becker@northwind.example',
        existingRepName: 'Tom B.',
        existingRepArchived: true,
      },
    ]);
    expect(await app.call('repImport.confirm', { token: preview.token ?? '' })).toEqual({ imported: 2, skipped: 2 });
    expect(await repNames()).toEqual(['Dana W.', 'Marcus Lee', 'Priya Natarajan', 'Tom B.']);
  });

  it('a rep added by hand between preview and confirm is not added again', async () => {
    const preview = await previewOf(fixture('excel-utf8.csv'));
    await app.call('reps.create', { name: 'Marcus', email: 'Marcus.Lee@northwind.example', cadence: 'weekly' });
    expect(await app.call('repImport.confirm', { token: preview.token ?? '' })).toEqual({ imported: 3, skipped: 1 });
  });

  it('a token imports once; a second confirm, an older preview or a stale one is refused', async () => {
    const first = await previewOf(fixture('google-sheets.csv'));
    const second = await previewOf(fixture('numbers.csv'));
    expect((await app.callError('repImport.confirm', { token: first.token ?? '' })).code).toBe('invalid_input');
    await app.call('repImport.confirm', { token: second.token ?? '' });
    expect((await app.callError('repImport.confirm', { token: second.token ?? '' })).code).toBe('invalid_input');

    const third = await previewOf(fixture('crm-export.csv'));
    clock.set(new Date(FRIDAY_MORNING.getTime() + 31 * 60 * 1000));
    expect((await app.callError('repImport.confirm', { token: third.token ?? '' })).message).toContain(
      'no longer current',
    );
    expect(await repNames()).toEqual(['Aiko Tanaka', 'Ravi Menon']);
  });

  it('all or nothing: a row the database refuses rolls back every row before it', async () => {
    const preview = await previewOf(fixture('team.csv'));
    rawConnection(app.core.dataSource!).exec(
      "CREATE TRIGGER refuse_ella BEFORE INSERT ON reps WHEN NEW.name = 'Ella Wright' BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    expect((await app.callError('repImport.confirm', { token: preview.token ?? '' })).code).toBe('internal');
    expect(await repNames()).toEqual([]);
  });

  it('imports 10,000 reps in one go', async () => {
    const lines = Array.from(
      { length: 10_000 },
      (_, index) => `Rep ${index},rep${index}@big.example,AE,East,NY,,weekly`,
    );
    const preview = await previewOf(
      await scratchFile('big.csv', `Name,Email,Title,Team,Territory,Start date,Cadence\n${lines.join('\n')}\n`),
    );
    expect(preview).toMatchObject({ rowCount: 10_000, readyCount: 10_000 });
    // The preview carries a page of rows, not the whole file, across IPC.
    expect(preview.rows).toHaveLength(200);
    expect(await app.call('repImport.confirm', { token: preview.token ?? '' })).toEqual({
      imported: 10_000,
      skipped: 0,
    });
    expect(await app.call('reps.list', {})).toHaveLength(10_000);
  });
});

describe('files that cannot be imported answer a clear error and change nothing', () => {
  const refusal = async (filePath: string) => {
    openAnswer = filePath;
    const error = await app.callError('repImport.preview', {});
    expect(await repNames()).toEqual([]);
    return error;
  };

  it('an empty file', async () => {
    expect(await refusal(await scratchFile('empty.csv', ''))).toEqual({
      code: 'invalid_input',
      message: 'The file is empty. Download the template to start from one.',
    });
  });

  it('a binary file and a workbook', async () => {
    const png = await scratchFile(
      'photo.csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expect((await refusal(png)).message).toContain('This file is not text');
    const xlsx = await scratchFile('team.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]));
    expect((await refusal(xlsx)).message).toContain('export the sheet as "CSV UTF-8"');
  });

  it('a file over 10 MB, refused before it is read', async () => {
    const huge = await scratchFile('huge.csv', 'Name,Email\n');
    await truncate(huge, 300 * 1024 * 1024);
    expect((await refusal(huge)).message).toBe(
      'The file is 300 MB; a rep list can be up to 10.0 MB (about 50,000 reps). Is it the right file? Split a larger list into several files.',
    );
  });

  it('a file that went missing after the dialog', async () => {
    expect((await refusal(join(scratch, 'gone.csv'))).message).toContain('could not read that file');
  });
});

describe('the template', () => {
  it('is saved where the manager chose, and reads back as a valid rep list', async () => {
    saveAnswer = join(scratch, 'template.csv');
    const saved = await app.call('repImport.saveTemplate', {});
    expect(saved?.filePath).toBe(saveAnswer);
    const text = await readFile(saveAnswer, 'utf8');
    expect(text.startsWith('\uFEFFName,Email,Title,Team,Territory,Start date,Cadence\r\n')).toBe(true);
    const preview = await previewOf(saveAnswer);
    expect(preview).toMatchObject({ readyCount: 2, problemCount: 0 });
  });

  it('a cancelled save dialog writes nothing', async () => {
    expect(await app.call('repImport.saveTemplate', {})).toBeNull();
  });
});
