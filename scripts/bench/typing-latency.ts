// Typing latency in the real built editor (issue 3): a 10,000-word shared note open in the
// one-on-one workspace in Chromium, keys typed by Playwright, and for every key the time from
// keydown to the next animation frame read inside the page. Run by `npm run bench`.
import { rm } from 'node:fs/promises';
import { addDays } from 'date-fns';
import type { TiptapDoc, TiptapNode } from '@shared/notes/tiptap-json';
import { launchApp, makeDataDir } from '../../tests/e2e/app';
import { SENTENCES } from '../../src/main/demo/demo-vocabulary';

const WORDS = 10_000;
const KEYS = 400;

/** About `words` words in headings, paragraphs and bullet lists, like a long-running note. */
function longNote(words: number): TiptapDoc {
  const content: TiptapNode[] = [];
  let count = 0;
  for (let section = 0; count < words; section += 1) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Section ${section + 1}` }] });
    for (let index = 0; index < 4 && count < words; index += 1) {
      const text = Array.from(
        { length: 5 },
        (_, offset) => SENTENCES[(section * 7 + index + offset) % SENTENCES.length],
      ).join(' ');
      count += text.split(/\s+/).length;
      content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    }
    content.push({
      type: 'bulletList',
      content: [1, 2].map((n) => ({
        type: 'listItem',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: `Deal ${section}-${n} moved to negotiation` }] },
        ],
      })),
    });
  }
  return { type: 'doc', content };
}

export interface LatencySummary {
  count: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface TypingLatency {
  words: number;
  keys: number;
  /** Keydown to the next animation frame: includes the wait for the frame itself (up to ~16.7 ms at 60 Hz). */
  frame: LatencySummary;
}

function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? NaN;
  return { count: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1] ?? NaN };
}

/** Types into a note of `words` words (0: an empty note, the baseline) and reads the latencies. */
export async function measureTypingLatency(words = WORDS): Promise<TypingLatency> {
  const dataDir = await makeDataDir('coachbook-typing-');
  const app = await launchApp({ dataDir });
  try {
    const rep = await app.call('reps.create', { name: 'Typing Bench', cadence: 'weekly' });
    const meeting = await app.call('meetings.schedule', {
      repId: rep.id,
      scheduledAt: addDays(new Date(), 1).toISOString(),
    });
    const doc = words > 0 ? longNote(words) : { type: 'doc' as const, content: [] };
    await app.call('meetings.saveNotes', { id: meeting.id, baseRevision: 0, shared: doc });
    const { page } = app;
    await page.goto(`http://coachbook.test/index.html#/meetings/${meeting.id}`);
    const editor = page.getByRole('textbox', { name: 'Shared notes', exact: true });
    await editor.waitFor().catch(async (error: unknown) => {
      await page.screenshot({ path: '/tmp/typing-debug.png' });
      throw error;
    });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.waitForTimeout(300);
    // Plain JavaScript: it runs in the page, where transpiler helpers do not exist.
    await page.evaluate(`(() => {
      globalThis.__frames = [];
      addEventListener('keydown', () => {
        const pressed = performance.now();
        requestAnimationFrame(() => globalThis.__frames.push(performance.now() - pressed));
      }, { capture: true });
    })()`);
    const text = 'Agreed next steps with the champion and the economic buyer. ';
    for (let typed = 0; typed < KEYS; typed += text.length) {
      await page.keyboard.type(text.slice(0, Math.min(text.length, KEYS - typed)), { delay: 25 });
    }
    await page.waitForTimeout(200);
    const frame = summarise((await page.evaluate('globalThis.__frames')) as number[]);
    return { words, keys: frame.count, frame };
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * The bench line: the 10,000-word note beside an empty note measured the same way in the same
 * run. The empty note is the baseline: what is left of the p95 there is the wait for the frame.
 */
export async function typingLatencyLine(): Promise<string> {
  const long = await measureTypingLatency(WORDS);
  const empty = await measureTypingLatency(0);
  const verdict = long.frame.p95Ms <= 16 ? 'within budget' : 'OVER BUDGET';
  return (
    `typing in a ${WORDS.toLocaleString('en-US')}-word note (keydown → next frame, ${long.keys} keys): ` +
    `median ${ms(long.frame.medianMs)} p95 ${ms(long.frame.p95Ms)} max ${ms(long.frame.maxMs)} · ` +
    `empty-note baseline median ${ms(empty.frame.medianMs)} p95 ${ms(empty.frame.p95Ms)} · budget p95 ≤ 16 ms: ${verdict}`
  );
}
