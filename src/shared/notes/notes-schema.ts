import { z } from 'zod';
import type { TiptapDoc } from './tiptap-json';

/** A note larger than this is refused: far beyond any real one-on-one, small enough to stay fast. */
export const NOTE_MAX_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 64;
const MAX_TYPE_LENGTH = 64;

type Problem = 'malformed' | 'too_deep';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTypeName = (value: unknown): boolean =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_TYPE_LENGTH;

const isMark = (value: unknown): boolean =>
  isPlainObject(value) && isTypeName(value.type) && (value.attrs === undefined || isPlainObject(value.attrs));

/*
 * A hand-written walk rather than a recursive zod schema: every autosave of a long note passes
 * through here, and a recursive z.object costs about ten times as much (0.4 ms for a
 * 5,000-word note), most of the notes benchmark's margin over raw SQL.
 */
function problemOf(node: unknown, depth: number): Problem | null {
  if (depth > MAX_DEPTH) return 'too_deep';
  if (!isPlainObject(node) || !isTypeName(node.type)) return 'malformed';
  const { attrs, content, marks, text } = node;
  if (attrs !== undefined && !isPlainObject(attrs)) return 'malformed';
  if (text !== undefined && typeof text !== 'string') return 'malformed';
  if (marks !== undefined && !(Array.isArray(marks) && marks.every(isMark))) return 'malformed';
  if (content === undefined) return null;
  if (!Array.isArray(content)) return 'malformed';
  for (const child of content) {
    const problem = problemOf(child, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** Bytes of the note as JSON. Characters × 3 bounds UTF-8 size, so most notes skip the encoding. */
function sizeOf(value: unknown): number {
  const json = JSON.stringify(value) ?? '';
  return json.length * 3 <= NOTE_MAX_BYTES ? json.length : new TextEncoder().encode(json).length;
}

/** Editor JSON as it crosses the API: a `doc` node, well-formed, not absurdly deep, at most 5 MB. */
export const tiptapDocSchema = z
  .custom<unknown>(isPlainObject, { message: 'The note is not valid editor content' })
  .superRefine((value, context) => {
    const size = sizeOf(value);
    if (size > NOTE_MAX_BYTES) {
      context.addIssue({
        code: 'custom',
        message: `The note is too large to save (${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB). Split it or remove pasted images.`,
        continue: false,
      });
      return;
    }
    const problem = problemOf(value, 1);
    if (problem === 'too_deep')
      context.addIssue({ code: 'custom', message: 'The note is nested too deeply to save', continue: false });
    else if (problem)
      context.addIssue({ code: 'custom', message: 'The note is not valid editor content', continue: false });
    else if (isPlainObject(value) && value.type !== 'doc') {
      context.addIssue({
        code: 'custom',
        message: 'The note is not valid editor content (no document node)',
        continue: false,
      });
    }
  })
  .transform((value) => value as TiptapDoc);
