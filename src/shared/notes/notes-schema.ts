import { z } from 'zod';
import type { TiptapDoc, TiptapMark, TiptapNode } from './tiptap-json';

/** A note larger than this is refused: far beyond any real one-on-one, small enough to stay fast. */
export const NOTE_MAX_BYTES = 5 * 1024 * 1024;
const MAX_DEPTH = 64;

const markSchema: z.ZodType<TiptapMark> = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

const nodeSchema: z.ZodType<TiptapNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

const depthOf = (node: TiptapNode, depth = 1): number =>
  depth > MAX_DEPTH ? depth : Math.max(depth, ...(node.content ?? []).map((child) => depthOf(child, depth + 1)));

/** Editor JSON as it crosses the API: a `doc` node, well-formed, not absurdly deep, at most 5 MB. */
export const tiptapDocSchema = z
  .custom<unknown>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
    message: 'The note is not valid editor content',
  })
  .superRefine((value, context) => {
    const size = new TextEncoder().encode(JSON.stringify(value)).length;
    if (size > NOTE_MAX_BYTES) {
      context.addIssue({
        code: 'custom',
        message: `The note is too large to save (${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB). Split it or remove pasted images.`,
      });
    }
  })
  .pipe(nodeSchema)
  .refine((node) => node.type === 'doc', { message: 'The note is not valid editor content (no document node)' })
  .refine((node) => depthOf(node) <= MAX_DEPTH, { message: 'The note is nested too deeply to save' })
  .transform((node) => node as TiptapDoc);
