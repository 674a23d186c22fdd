import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { PdfRenderer } from '../../src/main/exports/pdf-renderer';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Keep headless Chromium off the network this machine does not have, and out of the user's profile.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The PdfRenderer of tests, scripts and benchmarks: Debian's Chromium through Playwright, the same
 * engine Electron prints with. Launch once and reuse: a launch costs about a second, a page less
 * than a tenth of that. Documents render one at a time (they carry their own CSS).
 */
export async function launchChromiumPdfRenderer(): Promise<PdfRenderer & { close(): Promise<void> }> {
  const profileDir = await mkdtemp(join(tmpdir(), 'coachbook-pdf-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      javaScriptEnabled: false,
      offline: true,
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  let queue: Promise<unknown> = Promise.resolve();
  return {
    render(html: string): Promise<Uint8Array> {
      // A fresh page per document: setContent keeps the previous document's CSP in force, which
      // would block the next document's stylesheet (its hash differs).
      const job = queue.then(async () => {
        const page: Page = await context.newPage();
        try {
          await page.setContent(html, { waitUntil: 'load' });
          return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
        } finally {
          await page.close();
        }
      });
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
