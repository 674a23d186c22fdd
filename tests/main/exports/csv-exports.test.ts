import { readdir, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsvExportKind } from '@shared/exports/exports';
import { parseCsv } from '@shared/goals/csv';
import { insertFixture, PRIVATE_SENTENCE, startExportRig, type ExportRig, type Fixture } from './export-fixtures';

let rig: ExportRig;
let ana: Fixture;
beforeEach(async () => {
  rig = await startExportRig();
  ana = insertFixture(rig.db);
});
afterEach(async () => {
  await rig.dispose();
});

async function csvOf(kind: CsvExportKind, repId?: number): Promise<string> {
  const saved = await rig.app.call('exports.csv', repId === undefined ? { kind } : { kind, repId });
  if (!saved) throw new Error('cancelled');
  const bytes = await readFile(saved.filePath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.toString('utf8').slice(1);
}

/** The file's records as header → cell objects, read back with an RFC 4180 reader. */
function recordsOf(csv: string): Array<Record<string, string>> {
  const parsed = parseCsv(csv);
  if (!parsed.ok) throw new Error(`unreadable CSV at line ${parsed.line}: ${parsed.message}`);
  const [header, ...rows] = parsed.records.map((record) => record.fields);
  return rows.map((row) => Object.fromEntries((header ?? []).map((name, index) => [name, row[index] ?? ''])));
}

/** Which rep each row belongs to and which item / goal / one-on-one it is, in file order. */
const rowsOf = async (kind: CsvExportKind, idColumn: string, repId?: number) =>
  recordsOf(await csvOf(kind, repId)).map((row) => ({ rep: row.Rep, id: Number(row[idColumn]) }));

describe('CSV exports', () => {
  it('lists action items with their follow-up history in one cell', async () => {
    const csv = await csvOf('action-items');
    expect(csv.split('\r\n')[0]).toBe(
      'Id,Rep,Agreed in one-on-one,Action item,Owner,Due date,Status,Carried,Completed on,Follow-ups,Follow-up history',
    );
    expect(csv).toContain(
      ',Ana Ruiz,2026-11-02,Introduce Ana to the CFO of Hooli,manager,2026-11-06,open,3,,1,2026-11-09 not done: CFO was travelling → due 2026-11-20\r\n',
    );
    expect(csv).toContain(
      ',Ana Ruiz,2026-11-02,Send the Initech proposal,rep,2026-11-06,done,0,2026-11-05,1,2026-11-09 done\r\n',
    );
  });

  it('lists goals with one row per check-in', async () => {
    const rows = (await csvOf('goals')).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(
      /,Ana Ruiz,Q4 quota,metric,Quota attained,currency,0,100000,2026-10-01,2026-12-31,active,,2026-10-20,20000,$/,
    );
  });

  it('lists meetings with the agenda and shared notes, never the private notes', async () => {
    const csv = await csvOf('meetings');
    expect(csv).toContain('"[x] Wins since last time\n[ ] Pipeline review"');
    expect(csv).toContain('The Initech deal moved to negotiation.');
    expect(csv).not.toContain(PRIVATE_SENTENCE);
    expect(csv).not.toContain('Globex');
  });

  it('neutralises formulas a manager typed into a title', async () => {
    rig.db
      .prepare(`UPDATE action_items SET title = '=HYPERLINK("http://evil.example","Click")' WHERE title LIKE 'Send%'`)
      .run();
    expect(await csvOf('action-items')).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
  });

  it('refuses an unknown kind', async () => {
    expect(await rig.app.callError('exports.csv', { kind: 'notes' })).toMatchObject({
      code: 'invalid_input',
      field: 'kind',
    });
  });
});

describe('CSV exports for one rep', () => {
  let dana: Fixture;
  beforeEach(() => {
    dana = insertFixture(rig.db, 'Dana Reyes');
  });

  const itemsOf = (fixture: Fixture, rep: string) =>
    [
      fixture.itemIds.followedDone,
      fixture.itemIds.followedNotDone,
      fixture.itemIds.agreedRep,
      fixture.itemIds.agreedManager,
    ]
      .map((id) => ({ rep, id }))
      .sort((a, b) => a.id - b.id);
  const byId = <T extends { id: number }>(rows: T[]) => [...rows].sort((a, b) => a.id - b.id);

  it('action items: each rep’s file holds exactly that rep’s items, with their follow-up history', async () => {
    expect(byId(await rowsOf('action-items', 'Id', ana.repId))).toEqual(itemsOf(ana, 'Ana Ruiz'));
    expect(byId(await rowsOf('action-items', 'Id', dana.repId))).toEqual(itemsOf(dana, 'Dana Reyes'));
    expect(byId(await rowsOf('action-items', 'Id'))).toEqual(
      byId([...itemsOf(ana, 'Ana Ruiz'), ...itemsOf(dana, 'Dana Reyes')]),
    );

    const danas = recordsOf(await csvOf('action-items', dana.repId));
    expect(danas.find((row) => Number(row.Id) === dana.itemIds.followedNotDone)).toMatchObject({
      Carried: '3',
      'Follow-ups': '1',
      'Follow-up history': '2026-11-09 not done: CFO was travelling → due 2026-11-20',
    });
  });

  it('goals: one rep’s goals and check-ins only', async () => {
    // The fixture's goal has three check-ins: three rows per rep.
    const goal = (fixture: Fixture, rep: string) => Array.from({ length: 3 }, () => ({ rep, id: fixture.goalId }));
    expect(await rowsOf('goals', 'Goal id', ana.repId)).toEqual(goal(ana, 'Ana Ruiz'));
    expect(await rowsOf('goals', 'Goal id', dana.repId)).toEqual(goal(dana, 'Dana Reyes'));
    expect(await rowsOf('goals', 'Goal id')).toEqual([...goal(ana, 'Ana Ruiz'), ...goal(dana, 'Dana Reyes')]);
  });

  it('one-on-ones: one rep’s meetings only, still without private notes', async () => {
    const meetings = (fixture: Fixture, rep: string) => [
      { rep, id: fixture.firstMeetingId },
      { rep, id: fixture.meetingId },
    ];
    expect(await rowsOf('meetings', 'Id', ana.repId)).toEqual(meetings(ana, 'Ana Ruiz'));
    expect(await rowsOf('meetings', 'Id', dana.repId)).toEqual(meetings(dana, 'Dana Reyes'));
    expect(await rowsOf('meetings', 'Id')).toEqual([...meetings(ana, 'Ana Ruiz'), ...meetings(dana, 'Dana Reyes')]);
    expect(await csvOf('meetings', dana.repId)).not.toContain(PRIVATE_SENTENCE);
  });

  it('proposes a file name with the rep’s name, made safe for the file system', async () => {
    const saved = await rig.app.call('exports.csv', { kind: 'action-items', repId: dana.repId });
    expect(basename(saved?.filePath ?? '')).toBe('Coachbook action-items Dana Reyes 2026-11-27.csv');
    rig.db.prepare('UPDATE reps SET name = ? WHERE id = ?').run('Dana Reyes / West: "Key" accounts', dana.repId);
    const renamed = await rig.app.call('exports.csv', { kind: 'goals', repId: dana.repId });
    expect(basename(renamed?.filePath ?? '')).toBe('Coachbook goals Dana Reyes West Key accounts 2026-11-27.csv');
    const everyone = await rig.app.call('exports.csv', { kind: 'goals' });
    expect(basename(everyone?.filePath ?? '')).toBe('Coachbook goals 2026-11-27.csv');
  });

  it('refuses an unknown rep before asking where to save, and writes nothing', async () => {
    expect(await rig.app.callError('exports.csv', { kind: 'action-items', repId: 9999 })).toMatchObject({
      code: 'not_found',
      message: expect.stringContaining('No rep with id 9999'),
    });
    // The fake dialog would have handed out this file had it been asked.
    rig.saveAs.push(`${rig.outDir}/should-not-exist.csv`);
    expect(await rig.app.callError('exports.csv', { kind: 'goals', repId: 9999 })).toMatchObject({ code: 'not_found' });
    expect(rig.saveAs).toHaveLength(1);
    expect(await readdir(rig.outDir)).toEqual([]);
  });

  it('refuses a rep id that is not a positive whole number', async () => {
    for (const repId of [0, -1, 1.5, '1', null]) {
      expect(await rig.app.callError('exports.csv', { kind: 'meetings', repId })).toMatchObject({
        code: 'invalid_input',
        field: 'repId',
      });
    }
    expect(await readdir(rig.outDir)).toEqual([]);
  });
});
