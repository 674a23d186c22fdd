import { emptyDoc, type TiptapDoc, type TiptapNode } from '@shared/notes/tiptap-json';

export interface AgendaLine {
  title: string;
  prompts: string[];
  done: boolean;
}

/*
 * JSON columns were validated when saved, but an export must never fail on one damaged row: a
 * value that does not parse into the expected shape exports as empty rather than aborting.
 */

export function parseNotes(json: string | null): TiptapDoc {
  if (!json) return emptyDoc();
  try {
    const value: unknown = JSON.parse(json);
    return isNode(value) && value.type === 'doc' ? (value as TiptapDoc) : emptyDoc();
  } catch {
    return emptyDoc();
  }
}

export function parseAgenda(json: string | null): AgendaLine[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((entry: unknown): AgendaLine[] => {
      if (typeof entry !== 'object' || entry === null) return [];
      const line = entry as Record<string, unknown>;
      if (typeof line.title !== 'string') return [];
      const prompts = Array.isArray(line.prompts) ? line.prompts.filter((p): p is string => typeof p === 'string') : [];
      return [{ title: line.title, prompts, done: line.done === true }];
    });
  } catch {
    return [];
  }
}

const isNode = (value: unknown): value is TiptapNode =>
  typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
