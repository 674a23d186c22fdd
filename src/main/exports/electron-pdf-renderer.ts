import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import type { PdfRenderer } from './pdf-renderer';

/** Chromium refuses URLs over 2 MB; a long report goes through a private temp file instead. */
const MAX_DATA_URL_CHARS = 1_500_000;

/**
 * Prints export documents with Electron's own Chromium. A fresh hidden window per document (so
 * one document's CSP never applies to the next): sandboxed, no preload, no Node, JavaScript off
 * (the documents need none and their CSP forbids it anyway), no popups. Kept thin on purpose:
 * the HTML it prints is tested in Node, the printing itself through Playwright with Chromium.
 */
export function createElectronPdfRenderer(): PdfRenderer {
  return {
    async render(html: string): Promise<Uint8Array> {
      const window = new BrowserWindow({
        show: false,
        width: 794,
        height: 1123,
        webPreferences: {
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          javascript: false,
          spellcheck: false,
        },
      });
      let tempDir: string | null = null;
      try {
        window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
        // Links in the document must not navigate this window (loadURL itself emits no will-navigate).
        window.webContents.on('will-navigate', (event) => event.preventDefault());
        const dataUrl = `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
        if (dataUrl.length <= MAX_DATA_URL_CHARS) {
          await window.loadURL(dataUrl);
        } else {
          // mkdtemp makes a folder only this user can read: the document may hold private notes.
          tempDir = await mkdtemp(join(tmpdir(), 'coachbook-print-'));
          const file = join(tempDir, 'document.html');
          await writeFile(file, html, { mode: 0o600 });
          await window.loadFile(file);
        }
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          // The document's @page rule sets size, orientation and margins (page numbers live there).
          preferCSSPageSize: true,
        });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
        if (tempDir) await rm(tempDir, { recursive: true, force: true });
      }
    },
  };
}
