import { readFile } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import type { ApiParsedInput } from '@shared/api/contract';
import type { ImportResult, SavedFile } from '@shared/exports/exports';
import type { FileFilter, ShellActions } from '../app-core';
import { rawConnection } from '../database/raw-connection';
import { LATEST_SCHEMA_VERSION } from '../database/migrations';
import { DomainError, notFound } from '../errors';
import type { Clock } from '../services/clock';
import { SqlReader } from '../services/sql';
import { csvExport } from './csv-exports';
import { importExport } from './json-import';
import { exportJsonChunks } from './json-export';
import { readMeetingSummary } from './meeting-summary-data';
import { meetingSummaryHtml, meetingSummaryMarkdown } from './meeting-summary';
import type { PdfRenderer } from './pdf-renderer';
import { readRepReport } from './rep-report-data';
import { repReportHtml } from './rep-report-html';
import { repReportMarkdown } from './rep-report-markdown';
import { calendarDayOf } from './report-figures';
import { readTeamReport } from './team-report-data';
import { teamReportCsv, teamReportHtml } from './team-report';
import { safeFileName, writeFileAtomically } from './write-file';

export interface ExportsDeps {
  dataSource: DataSource;
  clock: Clock;
  shell: Pick<ShellActions, 'chooseSaveFile' | 'chooseOpenFile'>;
  /** Null where no Chromium is available: PDF exports then answer `unavailable`. */
  pdf: PdfRenderer | null;
}

type DocumentFormat = 'pdf' | 'markdown' | 'html' | 'csv';

const FILTERS: Record<DocumentFormat | 'json', FileFilter> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'Web page', extensions: ['html'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  json: { name: 'Coachbook export', extensions: ['json'] },
};
const EXTENSIONS: Record<DocumentFormat | 'json', string> = {
  pdf: 'pdf',
  markdown: 'md',
  html: 'html',
  csv: 'csv',
  json: 'json',
};

export type ExportsService = ReturnType<typeof createExportsService>;

function readRepName(sql: SqlReader, repId: number): string {
  const rep = sql.get<{ name: string }>('SELECT name FROM reps WHERE id = ?', [repId]);
  if (!rep) throw notFound('rep', repId);
  return rep.name;
}

/**
 * Export jobs: read (unknown ids fail here, before any dialog), ask where to save, build the
 * file, write it atomically. Nothing is written when any step fails or the dialog is cancelled.
 */
export function createExportsService(deps: ExportsDeps) {
  const sql = SqlReader.from(deps.dataSource);
  const today = () => calendarDayOf(deps.clock.now());

  const save = async (
    baseName: string,
    format: DocumentFormat | 'json',
    build: () => Promise<string | Uint8Array | Iterable<string>>,
  ): Promise<SavedFile | null> => {
    if (format === 'pdf' && !deps.pdf) {
      throw new DomainError(
        'unavailable',
        'PDF export is not available in this window. Export as HTML and print it to PDF instead.',
      );
    }
    const filePath = await deps.shell.chooseSaveFile(`${safeFileName(baseName)}.${EXTENSIONS[format]}`, [
      FILTERS[format],
    ]);
    if (filePath === null) return null;
    const bytes = await writeFileAtomically(filePath, await build());
    return { filePath, bytes };
  };

  const fromHtml = (format: 'pdf' | 'markdown' | 'html', html: () => string, markdown: () => string) => async () => {
    if (format === 'markdown') return markdown();
    if (format === 'html') return html();
    if (!deps.pdf) throw new DomainError('unavailable', 'PDF export is not available.');
    return deps.pdf.render(html());
  };

  return {
    meetingSummary(input: ApiParsedInput<'exports.meetingSummary'>): Promise<SavedFile | null> {
      const data = readMeetingSummary(sql, input.meetingId, input.includePrivateNotes);
      const on = today();
      const name = `One-on-one ${data.repName} ${data.day}${input.includePrivateNotes ? ' (with private notes)' : ''}`;
      return save(
        name,
        input.format,
        fromHtml(
          input.format,
          () => meetingSummaryHtml(data, on),
          () => meetingSummaryMarkdown(data, on),
        ),
      );
    },

    repReport(input: ApiParsedInput<'exports.repReport'>): Promise<SavedFile | null> {
      const on = today();
      const data = readRepReport(sql, input.repId, { from: input.from, to: input.to }, on);
      return save(
        `Coaching report ${data.rep.name} ${input.from} to ${input.to}`,
        input.format,
        fromHtml(
          input.format,
          () => repReportHtml(data, on),
          () => repReportMarkdown(data, on),
        ),
      );
    },

    teamReport(input: ApiParsedInput<'exports.teamReport'>): Promise<SavedFile | null> {
      const on = today();
      const data = readTeamReport(sql, { from: input.from, to: input.to }, on, input.team ?? null);
      const build = async () => {
        if (input.format === 'csv') return teamReportCsv(data);
        const html = teamReportHtml(data, on);
        if (input.format === 'html') return html;
        if (!deps.pdf) throw new DomainError('unavailable', 'PDF export is not available.');
        return deps.pdf.render(html);
      };
      return save(`Team report ${input.from} to ${input.to}`, input.format, build);
    },

    csv(input: ApiParsedInput<'exports.csv'>): Promise<SavedFile | null> {
      const { kind, repId } = input;
      // An unknown rep fails here, before the dialog; its name makes one rep's file recognisable.
      const repName = repId === undefined ? null : readRepName(sql, repId);
      const name = repName === null ? `Coachbook ${kind} ${today()}` : `Coachbook ${kind} ${repName} ${today()}`;
      return save(name, 'csv', async () => csvExport(sql, kind, { repId }));
    },

    json(input: ApiParsedInput<'exports.json'>): Promise<SavedFile | null> {
      // A file that holds private notes says so in its name, wherever it ends up.
      const name = `Coachbook export ${today()}${input.includePrivateNotes ? ' with private notes' : ''}`;
      return save(name, 'json', async () =>
        exportJsonChunks(rawConnection(deps.dataSource), deps.clock.now().toISOString(), input),
      );
    },

    async importJson(): Promise<ImportResult | null> {
      const filePath = await deps.shell.chooseOpenFile([FILTERS.json]);
      if (filePath === null) return null;
      let content: string;
      try {
        content = await readFile(filePath, 'utf8');
      } catch {
        throw new DomainError(
          'invalid_input',
          'Coachbook could not read that file. Check that it exists and try again.',
        );
      }
      return { filePath, rows: importExport(rawConnection(deps.dataSource), content, LATEST_SCHEMA_VERSION) };
    },
  };
}
