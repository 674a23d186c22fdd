import { csvDocument } from '../../exports/csv';

/** The columns a manager fills in, with the names the import matches first. */
export const REP_TEMPLATE_HEADER = ['Name', 'Email', 'Title', 'Team', 'Territory', 'Start date', 'Cadence'] as const;

/** The template CSV: the header and two example reps that show each column's form. */
export function repImportTemplate(): string {
  return csvDocument(REP_TEMPLATE_HEADER, [
    ['Ana Example', 'ana@example.com', 'Account Executive', 'Enterprise', 'Northeast', '2024-03-15', 'weekly'],
    ['Ben Sample', 'ben@example.com', 'Sales Development Rep', 'Mid-Market', 'Iberia', '2025-01-06', 'every two weeks'],
  ]);
}
