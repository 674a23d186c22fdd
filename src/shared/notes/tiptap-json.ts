/** TipTap/ProseMirror JSON as stored in the notes columns. */
export interface TiptapMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  marks?: TiptapMark[];
  text?: string;
}

export interface TiptapDoc extends TiptapNode {
  type: 'doc';
}

export const emptyDoc = (): TiptapDoc => ({ type: 'doc', content: [] });

/** Nodes whose text ends a line in the plain-text copy. */
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'codeBlock',
  'listItem',
  'taskItem',
  'bulletList',
  'orderedList',
  'taskList',
  'horizontalRule',
]);

/**
 * The plain-text copy of a note that feeds full-text search and exports. Blocks become lines so
 * that FTS snippets and phrase queries do not glue the last word of one line to the next.
 */
export function tiptapToPlainText(doc: TiptapNode): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) lines.push(current.trim());
    current = '';
  };
  const walk = (node: TiptapNode) => {
    if (node.type === 'text') {
      current += node.text ?? '';
      return;
    }
    if (node.type === 'hardBreak') {
      flush();
      return;
    }
    const isBlock = BLOCK_TYPES.has(node.type);
    if (isBlock) flush();
    for (const child of node.content ?? []) walk(child);
    if (isBlock) flush();
  };
  walk(doc);
  flush();
  return lines.join('\n');
}
