import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

async function exportSummary(format: 'markdown' | 'html', includePrivateNotes?: boolean): Promise<string> {
  const saved = await rig.app.call('exports.meetingSummary', {
    meetingId: fixture.meetingId,
    format,
    includePrivateNotes,
  });
  if (!saved) throw new Error('the fake dialog cancelled');
  const content = await readFile(saved.filePath, 'utf8');
  expect(saved.bytes).toBe(Buffer.byteLength(content));
  return content;
}

describe('meeting summary export', () => {
  it('holds rep, date, agenda, shared notes, action items, follow-ups, goals and skill ratings (Markdown)', async () => {
    const markdown = await exportSummary('markdown');
    expect(markdown).toContain('# One-on-one summary: Ana Ruiz');
    expect(markdown).toContain('**Date:** 9 Nov 2026');
    expect(markdown).toContain('- [x] Wins since last time');
    expect(markdown).toContain('- [ ] Pipeline review');
    expect(markdown).toContain('### Pipeline');
    expect(markdown).toContain('The **Initech** deal moved to [negotiation](<https://crm.example.com/deals/42>).');
    expect(markdown).toContain('> Price is not the problem, timing is.');
    expect(markdown).toContain('- [ ] Book a discovery call with Umbrella Health — Ana Ruiz, due 16 Nov 2026, Open');
    expect(markdown).toContain('- [x] Approve the travel budget — Manager, due 13 Nov 2026, Done');
    expect(markdown).toContain('**Done:** Send the Initech proposal (Ana Ruiz, agreed 2 Nov 2026)');
    expect(markdown).toContain(
      '**Not done:** Introduce Ana to the CFO of Hooli (Manager, agreed 2 Nov 2026) — CFO was travelling · new due date 20 Nov 2026',
    );
    // The goal as it stood on the meeting day: the 8 Nov check-in, not the later one.
    expect(markdown).toContain('**Q4 quota:** $45,000 of $100,000 (45 %) — On track, ends 31 Dec 2026');
    expect(markdown).toContain('- Objection handling: 4/5 — Handled the price objection well');
  });

  it('leaves private notes out by default, in every format', async () => {
    for (const format of ['markdown', 'html'] as const) {
      const content = await exportSummary(format);
      expect(content).not.toContain(PRIVATE_SENTENCE);
      expect(content).not.toContain('Globex');
      expect(content).not.toMatch(/Private notes \(manager only\)/);
    }
    const explicitFalse = await exportSummary('markdown', false);
    expect(explicitFalse).not.toContain('Globex');
  });

  it('includes private notes, clearly marked, only when asked for', async () => {
    const markdown = await exportSummary('markdown', true);
    expect(markdown).toContain('## Private notes (manager only)');
    expect(markdown).toContain(PRIVATE_SENTENCE);
    expect(markdown).toContain('Do not forward this document to the rep.');
    const html = await exportSummary('html', true);
    expect(html).toContain(PRIVATE_SENTENCE);
    expect(html).toContain('Includes private notes');
  });

  it('writes a self-contained HTML document: strict CSP, no script, no remote resource, A4 print styles', async () => {
    const html = await exportSummary('html');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/,
    );
    expect(html).not.toMatch(/<script|src="http|href="\/\/|@import|url\(/i);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('counter(page)');
    expect(html).toContain('<a href="https://crm.example.com/deals/42">negotiation</a>');
  });

  it('names the file after the rep and day, and returns null when the dialog is cancelled', async () => {
    const saved = await rig.app.call('exports.meetingSummary', { meetingId: fixture.meetingId, format: 'markdown' });
    expect(saved?.filePath).toBe(join(rig.outDir, 'One-on-one Ana Ruiz 2026-11-09.md'));
    rig.saveAs.push(null);
    expect(await rig.app.call('exports.meetingSummary', { meetingId: fixture.meetingId, format: 'html' })).toBeNull();
  });

  it('answers not_found for an unknown meeting and invalid_input naming the field, writing nothing', async () => {
    expect(await rig.app.callError('exports.meetingSummary', { meetingId: 999, format: 'pdf' })).toMatchObject({
      code: 'not_found',
    });
    expect(
      await rig.app.callError('exports.meetingSummary', { meetingId: fixture.meetingId, format: 'docx' }),
    ).toMatchObject({
      code: 'invalid_input',
      field: 'format',
    });
    expect(await rig.app.callError('exports.meetingSummary', { meetingId: 0, format: 'html' })).toMatchObject({
      field: 'meetingId',
    });
    expect(
      await rig.app.callError('exports.meetingSummary', {
        meetingId: fixture.meetingId,
        format: 'html',
        includePrivateNotes: 'yes',
      }),
    ).toMatchObject({ field: 'includePrivateNotes' });
    expect(readdirSync(rig.outDir)).toEqual([]);
  });

  it('answers unavailable for PDF when no renderer is wired, and writes nothing', async () => {
    expect(
      await rig.app.callError('exports.meetingSummary', { meetingId: fixture.meetingId, format: 'pdf' }),
    ).toMatchObject({
      code: 'unavailable',
    });
    expect(readdirSync(rig.outDir)).toEqual([]);
  });

  it('leaves no file behind when rendering fails after the dialog', async () => {
    await rig.dispose();
    rig = await startExportRig({ pdfRenderer: { render: async () => Promise.reject(new Error('printer on fire')) } });
    fixture = insertFixture(rig.db);
    const target = join(rig.outDir, 'summary.pdf');
    rig.saveAs.push(target);
    expect(
      await rig.app.callError('exports.meetingSummary', { meetingId: fixture.meetingId, format: 'pdf' }),
    ).toMatchObject({
      code: 'internal',
    });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(rig.outDir)).toEqual([]);
  });
});
