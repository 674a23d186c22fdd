import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertFixture, PRIVATE_SENTENCE, startExportRig, type ExportRig } from './export-fixtures';

let rig: ExportRig;
beforeEach(async () => {
  rig = await startExportRig();
  insertFixture(rig.db);
});
afterEach(async () => {
  await rig.dispose();
});

async function csvOf(kind: 'action-items' | 'goals' | 'meetings'): Promise<string> {
  const saved = await rig.app.call('exports.csv', { kind });
  if (!saved) throw new Error('cancelled');
  const bytes = await readFile(saved.filePath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.toString('utf8').slice(1);
}

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
