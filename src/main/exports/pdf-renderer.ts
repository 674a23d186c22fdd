/**
 * Turns one of the export HTML documents into PDF bytes. Chromium does the printing in both
 * implementations: a hidden Electron window in the app, Debian's Chromium through Playwright in
 * tests and benchmarks; the documents carry their own page size, margins and page numbers.
 */
export interface PdfRenderer {
  render(html: string): Promise<Uint8Array>;
  close?(): Promise<void>;
}
