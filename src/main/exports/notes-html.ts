import type { TiptapMark, TiptapNode } from '@shared/notes/tiptap-json';
import { allowedLinkHref } from '@shared/links/link-policy';
import { escapeHtml } from './escape';
import type { NotesRenderOptions } from './notes-markdown';
import { TASK_BOX, taskDetails, taskItemFacts } from './task-item-view';

const DEFAULT_OWNERS = { rep: 'Rep', manager: 'Manager' };

/**
 * A TipTap document as HTML that is safe to open anywhere: every text is escaped, attributes
 * come only from a fixed list, and links keep only what the link policy allows. Unknown nodes
 * render their children, so a note written with a newer editor still shows its text.
 */
export function notesToHtml(doc: TiptapNode, options: NotesRenderOptions = {}): string {
  return children(doc, options);
}

const children = (node: TiptapNode, options: NotesRenderOptions): string =>
  (node.content ?? []).map((child) => render(child, options)).join('');

function render(node: TiptapNode, options: NotesRenderOptions): string {
  switch (node.type) {
    case 'text':
      return withMarks(escapeHtml(node.text ?? ''), node.marks ?? []);
    case 'hardBreak':
      return '<br>';
    case 'paragraph':
      return `<p>${children(node, options)}</p>`;
    case 'heading': {
      const base = typeof node.attrs?.level === 'number' ? node.attrs.level : 1;
      const level = Math.min(6, Math.max(1, Math.round(base) + (options.headingOffset ?? 0)));
      return `<h${level}>${children(node, options)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${children(node, options)}</ul>`;
    case 'orderedList': {
      const start = typeof node.attrs?.start === 'number' && Number.isInteger(node.attrs.start) ? node.attrs.start : 1;
      return `<ol${start === 1 ? '' : ` start="${start}"`}>${children(node, options)}</ol>`;
    }
    case 'listItem':
      return `<li>${children(node, options)}</li>`;
    case 'taskList':
      return `<ul class="tasks">${children(node, options)}</ul>`;
    case 'taskItem':
      return taskItem(node, options);
    case 'blockquote':
      return `<blockquote>${children(node, options)}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml((node.content ?? []).map((child) => child.text ?? '').join(''))}</code></pre>`;
    case 'horizontalRule':
      return '<hr>';
    default:
      return children(node, options);
  }
}

function taskItem(node: TiptapNode, options: NotesRenderOptions): string {
  const facts = taskItemFacts(node, options.lookupTask);
  const details = taskDetails(facts, options.ownerNames ?? DEFAULT_OWNERS);
  const detailHtml = details.length > 0 ? ` <span class="task-meta">${escapeHtml(details.join(' · '))}</span>` : '';
  const [first, ...rest] = node.content ?? [];
  const firstHtml = first ? children(first, options) : '';
  const restHtml = rest.map((child) => render(child, options)).join('');
  return (
    `<li class="task task-${facts.status}"><span class="box" aria-hidden="true">${TASK_BOX[facts.status]}</span>` +
    `<span class="task-text">${firstHtml}${detailHtml}</span>${restHtml}</li>`
  );
}

const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u', strike: 's', code: 'code' };

function withMarks(html: string, marks: TiptapMark[]): string {
  let out = html;
  for (const mark of marks) {
    const tag = MARK_TAGS[mark.type];
    if (tag) out = `<${tag}>${out}</${tag}>`;
  }
  const link = marks.find((mark) => mark.type === 'link');
  const href = link ? allowedLinkHref(link.attrs?.href) : null;
  return href ? `<a href="${escapeHtml(href)}">${out}</a>` : out;
}
