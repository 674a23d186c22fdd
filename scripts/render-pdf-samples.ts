// npm run pdf:samples [-- --dir <seeded data folder>]
// Writes each PDF kind from a demo data folder into test-results/pdf/ (with HTML and Markdown
// beside them) and renders every page to PNG with pdftoppm, to look at the documents as a
// sales director would. Without --dir it seeds 12 reps × 1 year into a temp folder first.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCore, headlessShell } from '../src/main/app-core';
import { seedDemoData } from '../src/main/demo/seed-demo-data';
import { rawConnection } from '../src/main/database/raw-connection';
import { launchChromiumPdfRenderer } from './pdf/chromium-pdf-renderer';
import { pdfToPngs } from './pdf/pdf-text';

const OUT = resolve(__dirname, '../test-results/pdf');
const TODAY = new Date('2026-11-27T12:00:00.000Z');

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' } } });
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  const seeded = values.dir ? null : await mkdtemp(join(tmpdir(), 'coachbook-samples-'));
  const dataDir = values.dir ? resolve(values.dir) : (seeded ?? '');
  const pdf = await launchChromiumPdfRenderer();
  let next = '';
  const shell = { ...headlessShell, chooseSaveFile: async () => next };
  const core = await startCore({
    dataDir,
    shell,
    pdfRenderer: pdf,
    automaticBackups: false,
    clock: { now: () => TODAY },
    log: () => {},
  });
  try {
    if (!core.dataSource || !core.services) throw new Error('could not open the demo database');
    if (seeded) await seedDemoData(core.dataSource, core.services, { reps: 12, years: 1, seed: 7, today: TODAY });
    const db = rawConnection(core.dataSource);
    // A held one-on-one from the last month that has private notes, action items and follow-ups.
    const meeting = db
      .prepare(
        `SELECT m.id, m.rep_id FROM meetings m WHERE m.status = 'held' AND m.private_notes_text <> ''
         AND EXISTS (SELECT 1 FROM action_items a WHERE a.meeting_id = m.id)
         AND EXISTS (SELECT 1 FROM follow_up_checks f WHERE f.meeting_id = m.id)
         AND EXISTS (SELECT 1 FROM skill_ratings s WHERE s.meeting_id = m.id)
         ORDER BY m.scheduled_at DESC LIMIT 1`,
      )
      .get() as { id: number; rep_id: number };
    const jobs: Array<[string, string, Record<string, unknown>]> = [
      ['meeting-summary', 'exports.meetingSummary', { meetingId: meeting.id, format: 'pdf' }],
      [
        'meeting-summary-private',
        'exports.meetingSummary',
        { meetingId: meeting.id, format: 'pdf', includePrivateNotes: true },
      ],
      ['meeting-summary', 'exports.meetingSummary', { meetingId: meeting.id, format: 'markdown' }],
      ['meeting-summary', 'exports.meetingSummary', { meetingId: meeting.id, format: 'html' }],
      [
        'rep-report',
        'exports.repReport',
        { repId: meeting.rep_id, from: '2025-12-01', to: '2026-11-27', format: 'pdf' },
      ],
      [
        'rep-report',
        'exports.repReport',
        { repId: meeting.rep_id, from: '2025-12-01', to: '2026-11-27', format: 'markdown' },
      ],
      ['team-report', 'exports.teamReport', { from: '2026-09-01', to: '2026-11-27', format: 'pdf' }],
      ['team-report', 'exports.teamReport', { from: '2026-09-01', to: '2026-11-27', format: 'csv' }],
    ];
    for (const [name, method, input] of jobs) {
      const extension = String(input.format).replace('markdown', 'md');
      next = join(OUT, `${name}.${extension}`);
      const started = performance.now();
      const result = await core.registry.dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      console.log(`${next} (${(performance.now() - started).toFixed(0)} ms)`);
      if (extension === 'pdf') pdfToPngs(next, join(OUT, name));
    }
  } finally {
    await core.close();
    await pdf.close();
    if (seeded) await rm(seeded, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
