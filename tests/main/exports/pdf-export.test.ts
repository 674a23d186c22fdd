import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { PdfRenderer } from '../../../src/main/exports/pdf-renderer';
import { launchChromiumPdfRenderer } from '../../../scripts/pdf/chromium-pdf-renderer';
import { pdfText } from '../../../scripts/pdf/pdf-text';
import { insertFixture, PRIVATE_SENTENCE, startExportRig, type ExportRig, type Fixture } from './export-fixtures';

// CI installs chromium and poppler-utils; elsewhere the suite says why it did not run.
const missing = ['/usr/bin/pdftotext', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'].filter(
  (path) => !existsSync(path),
);
if (missing.length > 0) console.warn(`PDF export tests skipped — not installed: ${missing.join(', ')}`);

describe.skipIf(missing.length > 0)('PDF exports (printed by Chromium, read back with pdftotext)', () => {
  let renderer: PdfRenderer & { close(): Promise<void> };
  let rig: ExportRig;
  let fixture: Fixture;

  // One Chromium for the whole file: the machine has two cores shared with other work.
  beforeAll(async () => {
    renderer = await launchChromiumPdfRenderer();
  }, 60_000);
  afterAll(async () => {
    await renderer.close();
  });
  beforeEach(async () => {
    rig = await startExportRig({ pdfRenderer: renderer });
    fixture = insertFixture(rig.db);
  });
  afterEach(async () => {
    await rig.dispose();
  });

  const pdfOf = async (saved: { filePath: string; bytes: number } | null): Promise<string> => {
    if (!saved) throw new Error('cancelled');
    const bytes = await readFile(saved.filePath);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(saved.bytes).toBe(bytes.length);
    // Collapse the layout's runs of spaces so phrases can be matched across table columns.
    return pdfText(bytes).replace(/[ \t]+/g, ' ');
  };

  it('prints the meeting summary with the shared notes and both action items, and no private notes', async () => {
    const text = await pdfOf(
      await rig.app.call('exports.meetingSummary', { meetingId: fixture.meetingId, format: 'pdf' }),
    );
    expect(text).toContain('Action items agreed');
    expect(text).toContain('Ana Ruiz');
    expect(text).toContain('The Initech deal moved to negotiation.');
    expect(text).toContain('Book a discovery call with Umbrella Health');
    expect(text).toContain('Approve the travel budget');
    expect(text).toContain('Introduce Ana to the CFO of Hooli');
    expect(text).toContain('Page 1 of');
    expect(text).not.toContain('Globex');
    expect(text).not.toContain('Private notes (manager only)');
  }, 30_000);

  it('prints the private notes only when the manager asks for them', async () => {
    const text = await pdfOf(
      await rig.app.call('exports.meetingSummary', {
        meetingId: fixture.meetingId,
        format: 'pdf',
        includePrivateNotes: true,
      }),
    );
    expect(text).toContain('Private notes (manager only)');
    expect(text).toContain(PRIVATE_SENTENCE.slice(0, 40));
    expect(text).toContain('Globex');
  }, 30_000);

  it('prints the rep coaching report', async () => {
    const text = await pdfOf(
      await rig.app.call('exports.repReport', {
        repId: fixture.repId,
        from: '2026-10-01',
        to: '2026-11-30',
        format: 'pdf',
      }),
    );
    expect(text).toContain('Skill trends');
    expect(text).toContain('Commitments and follow-through');
    expect(text).toContain('Follow-through by month');
    expect(text).toContain('Q4 quota');
    expect(text).toContain('Objection handling');
    expect(text).toContain('Introduce Ana to the CFO of Hooli');
    expect(text).not.toContain('Globex');
  }, 30_000);

  it('prints the team report', async () => {
    const text = await pdfOf(
      await rig.app.call('exports.teamReport', { from: '2026-11-01', to: '2026-11-30', format: 'pdf' }),
    );
    expect(text).toContain('At a glance');
    expect(text).toContain('Ana Ruiz');
    expect(text).toContain('Enterprise');
    expect(text).toMatch(/50 %/);
    expect(text).not.toContain('Globex');
  }, 30_000);
});
