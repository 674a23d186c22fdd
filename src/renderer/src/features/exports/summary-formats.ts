import type { MeetingSummaryFormat, RepReportFormat, TeamReportFormat } from '@shared/exports/exports';

export const FORMAT_LABELS: Record<MeetingSummaryFormat | RepReportFormat | TeamReportFormat, string> = {
  pdf: 'PDF',
  markdown: 'Markdown',
  html: 'HTML',
  csv: 'CSV',
};

/** What each format is for, in one phrase, under the format choice. */
export const FORMAT_HINTS: Record<MeetingSummaryFormat | RepReportFormat | TeamReportFormat, string> = {
  pdf: 'A document to send or print.',
  markdown: 'Plain text for notes apps and wikis.',
  html: 'A web page; open it in a browser.',
  csv: 'A table for spreadsheets.',
};
