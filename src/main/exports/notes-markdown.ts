import type { TiptapMark, TiptapNode } from '@shared/notes/tiptap-json';
import { allowedLinkHref } from '@shared/links/link-policy';
import { escapeMarkdown } from './escape';
import { taskDetails, taskItemFacts, type TaskLookup } from './task-item-view';

export interface NotesRenderOptions {
  /** Added to every heading level, so a note's headings sit under the document's own sections. */
  headingOffset?: number;
  lookupTask?: TaskLookup;
  /** How the two owners read in this document: the rep's first name, "Manager". */
  ownerNames?: { rep: string; manager: string };
}

const DEFAULT_OWNERS = { rep: 'Rep', manager: 'Manager' };

/** A TipTap document as CommonMark (with GitHub task-list boxes); unknown nodes keep their text. */
export function notesToMarkdown(doc: TiptapNode, options: NotesRenderOptions = {}): string {
  return blocks(doc.content ?? [], options)
    .join('\n\n')
    .trim();
}

function blocks(nodes: TiptapNode[], options: NotesRenderOptions): string[] {
  return nodes.map((node) => block(node, options)).filter((text) => text.trim() !== '');
}

function block(node: TiptapNode, options: NotesRenderOptions): string {
  switch (node.type) {
    case 'paragraph':
      return inline(node.content ?? []);
    case 'heading': {
      const level = Math.min(6, Math.max(1, headingLevel(node) + (options.headingOffset ?? 0)));
      return `${'#'.repeat(level)} ${inline(node.content ?? [])}`;
    }
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
      return list(node, options);
    case 'blockquote':
      return prefixLines(blocks(node.content ?? [], options).join('\n\n'), '> ', '>');
    case 'codeBlock': {
      const code = (node.content ?? []).map((child) => child.text ?? '').join('');
      const fence = '`'.repeat(Math.max(3, longestRun(code, '`') + 1));
      const language = typeof node.attrs?.language === 'string' ? node.attrs.language.replace(/[^\w+-]/g, '') : '';
      return `${fence}${language}\n${code}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    default:
      return node.content ? blocks(node.content, options).join('\n\n') : inline([node]);
  }
}

function list(node: TiptapNode, options: NotesRenderOptions): string {
  const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
  return (node.content ?? [])
    .map((item, index) => {
      let marker = node.type === 'orderedList' ? `${start + index}.` : '-';
      let suffix = '';
      if (item.type === 'taskItem') {
        const facts = taskItemFacts(item, options.lookupTask);
        marker = `- [${facts.status === 'open' ? ' ' : 'x'}]`;
        const details = taskDetails(facts, options.ownerNames ?? DEFAULT_OWNERS);
        if (details.length > 0) suffix = ` _(${escapeMarkdown(details.join(' · '))})_`;
      }
      const body = blocks(item.content ?? [], options);
      const [first = '', ...rest] = body;
      const indent = ' '.repeat(marker.length + 1);
      const tail = rest.map((text) => prefixLines(text, indent, '')).join('\n');
      const firstLines = prefixLines(first, indent, '').slice(indent.length);
      return `${marker} ${firstLines}${suffix}${tail ? `\n${tail}` : ''}`;
    })
    .join('\n');
}

function inline(nodes: TiptapNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '\\\n';
      if (node.type !== 'text') return inline(node.content ?? []);
      return withMarks(node.text ?? '', node.marks ?? []);
    })
    .join('');
}

/** Wraps text in its marks, keeping edge spaces outside: `** bold**` is not bold in Markdown. */
function withMarks(text: string, marks: TiptapMark[]): string {
  const leading = /^\s*/.exec(text)?.[0] ?? '';
  const trailing = text.length > leading.length ? (/\s*$/.exec(text)?.[0] ?? '') : '';
  const core = text.slice(leading.length, text.length - trailing.length);
  if (core === '') return text;
  const types = new Set(marks.map((mark) => mark.type));
  let out: string;
  if (types.has('code')) {
    const fence = '`'.repeat(longestRun(core, '`') + 1);
    const pad = core.startsWith('`') || core.endsWith('`') ? ' ' : '';
    out = `${fence}${pad}${core}${pad}${fence}`;
  } else {
    out = escapeMarkdown(core);
  }
  if (types.has('bold')) out = `**${out}**`;
  if (types.has('italic')) out = `_${out}_`;
  if (types.has('strike')) out = `~~${out}~~`;
  // Markdown has no underline; CommonMark passes this inline HTML through.
  if (types.has('underline')) out = `<u>${out}</u>`;
  const link = marks.find((mark) => mark.type === 'link');
  const href = link ? allowedLinkHref(link.attrs?.href) : null;
  if (href) out = `[${out}](<${href.replace(/[<>]/g, encodeURIComponent)}>)`;
  return `${leading}${out}${trailing}`;
}

const headingLevel = (node: TiptapNode): number => (typeof node.attrs?.level === 'number' ? node.attrs.level : 1);

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
}

function prefixLines(text: string, prefix: string, emptyPrefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? emptyPrefix : `${prefix}${line}`))
    .join('\n');
}
