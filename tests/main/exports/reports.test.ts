import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertFixture, PRIVATE_SENTENCE, startExportRig, type ExportRig, type Fixture } from './export-fixtures';

let rig: ExportRig;
let fixture: Fixture;
beforeEach(async () => {
  rig = await startExportRig();
  fixture = insertFixture(rig.db);
});
afterEach(async () => {
  await rig.dispose();
});

const read = async (saved: { filePath: string } | null): Promise<string> => {
  if (!saved) throw new Error('cancelled');
  return readFile(saved.filePath, 'utf8');
};

describe('rep coaching report', () => {
  it('summarises the one-on-ones, figures, goals, skills and items carried more than twice (Markdown)', async () => {
    const markdown = await read(
      await rig.app.call('exports.repReport', {
        repId: fixture.repId,
        from: '2026-11-01',
        to: '2026-11-30',
        format: 'markdown',
      }),
    );
    expect(markdown).toContain('# Coaching report: Ana Ruiz');
    expect(markdown).toContain('**One-on-ones held:** 2');
    // Due in November up to today (27 Nov): the proposal (done on time) and the discovery call (open).
    // The manager's: the CFO introduction (open, carried) and the travel budget (done).
    expect(markdown).toContain('| Follow-through | 50 % (1 of 2 done) | 50 % (1 of 2 done) |');
    expect(markdown).toContain('| Nov 2026 | 2 | 50 % |');
    expect(markdown).toContain(
      '**9 Nov 2026** — Pipeline — The Initech deal moved to negotiation. Price is not the problem, timing is.',
    );
    expect(markdown).toContain('**Q4 quota** (1 Oct 2026 – 31 Dec 2026): $70,000 of $100,000 (70 %) — On track');
    expect(markdown).toContain('| Objection handling | 1 | 4 → 4 | 4.0 | ■ steady |');
    expect(markdown).toContain('- Introduce Ana to the CFO of Hooli — Manager, carried 3×');
    expect(markdown).not.toContain('Globex');
  });

  it('draws the monthly chart and goal charts as inline SVG in the HTML', async () => {
    const html = await read(
      await rig.app.call('exports.repReport', {
        repId: fixture.repId,
        from: '2026-10-01',
        to: '2026-11-30',
        format: 'html',
      }),
    );
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).toContain('aria-label="Follow-through by month"');
    expect(html).toContain('aria-label="Q4 quota: check-ins against the plan"');
    expect(html).not.toContain(PRIVATE_SENTENCE);
    expect(html).not.toMatch(/<script|<img|https?:\/\/(?!www\.w3\.org|crm\.example)/);
  });

  it('validates the range and the rep', async () => {
    expect(
      await rig.app.callError('exports.repReport', {
        repId: fixture.repId,
        from: '2026-11-30',
        to: '2026-11-01',
        format: 'pdf',
      }),
    ).toMatchObject({
      code: 'invalid_input',
      field: 'to',
    });
    expect(
      await rig.app.callError('exports.repReport', {
        repId: fixture.repId,
        from: '2026-02-30',
        to: '2026-03-01',
        format: 'markdown',
      }),
    ).toMatchObject({
      field: 'from',
    });
    expect(
      await rig.app.callError('exports.repReport', {
        repId: 404,
        from: '2026-11-01',
        to: '2026-11-30',
        format: 'markdown',
      }),
    ).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('team report', () => {
  it('writes one CSV row per active rep with the period figures', async () => {
    rig.db
      .prepare(
        `INSERT INTO reps (name, cadence, status, created_at, updated_at) VALUES ('Old Rep', 'weekly', 'archived', 'x', 'x')`,
      )
      .run();
    rig.db
      .prepare(
        `INSERT INTO reps (name, cadence, status, created_at, updated_at) VALUES ('=Ben "the closer"', 'monthly', 'active', 'x', 'x')`,
      )
      .run();
    const csv = await read(
      await rig.app.call('exports.teamReport', { from: '2026-11-01', to: '2026-11-30', format: 'csv' }),
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toMatch(
      /^Rep,Team,Cadence,One-on-ones held,Last held,Meeting overdue,Commitments due,Done,Follow-through %/,
    );
    expect(lines[1]).toBe(`"'=Ben ""the closer""",,monthly,0,,yes,0,0,,,,0,0,0,0,0,0,`);
    // Last held 9 Nov, weekly: overdue on 27 Nov. Due 2, done 1; one open item overdue (16 Nov); the Q4 goal on track.
    expect(lines[2]).toBe('Ana Ruiz,Enterprise,weekly,2,2026-11-09,yes,2,1,50,50,50,1,1,0,1,0,0,4');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    const enterprise = await read(
      await rig.app.call('exports.teamReport', {
        from: '2026-11-01',
        to: '2026-11-30',
        format: 'csv',
        team: 'Enterprise',
      }),
    );
    expect(
      enterprise
        .split('\r\n')
        .filter(Boolean)
        .map((line) => line.split(',')[0]),
    ).toEqual(['\uFEFFRep', 'Ana Ruiz']);
  });

  it('renders a landscape HTML document for leadership', async () => {
    const html = await read(
      await rig.app.call('exports.teamReport', { from: '2026-11-01', to: '2026-11-30', format: 'html' }),
    );
    expect(html).toContain('@page { size: A4 landscape; }');
    expect(html).toContain('<strong>Ana Ruiz</strong>');
    expect(html).not.toContain('Globex');
  });
});
