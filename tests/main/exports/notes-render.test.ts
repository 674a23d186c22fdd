import { describe, expect, it } from 'vitest';
import type { TiptapDoc, TiptapNode } from '@shared/notes/tiptap-json';
import { notesToHtml } from '../../../src/main/exports/notes-html';
import { notesToMarkdown } from '../../../src/main/exports/notes-markdown';

const text = (value: string, ...marks: string[]): TiptapNode => ({
  type: 'text',
  text: value,
  marks: marks.map((type) => ({ type })),
});
const paragraph = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
const link = (label: string, href: string): TiptapNode => ({
  type: 'text',
  text: label,
  marks: [{ type: 'link', attrs: { href } }],
});

const everything = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('Wins')] },
  paragraph(
    text('Plain, '),
    text('bold', 'bold'),
    text(', '),
    text('italic', 'italic'),
    text(', '),
    text('under', 'underline'),
    text(', '),
    text('gone', 'strike'),
    text(' and '),
    text('code()', 'code'),
  ),
  {
    type: 'bulletList',
    content: [
      { type: 'listItem', content: [paragraph(text('First point'))] },
      { type: 'listItem', content: [paragraph(text('Second point'))] },
    ],
  },
  {
    type: 'orderedList',
    attrs: { start: 3 },
    content: [{ type: 'listItem', content: [paragraph(text('Third step'))] }],
  },
  {
    type: 'taskList',
    content: [
      {
        type: 'taskItem',
        attrs: { checked: true, owner: 'rep', dueDate: '2026-12-04' },
        content: [paragraph(text('Send the deck'))],
      },
      { type: 'taskItem', attrs: { checked: false, owner: 'manager' }, content: [paragraph(text('Call the CFO'))] },
    ],
  },
  { type: 'blockquote', content: [paragraph(text('Timing is the problem.'))] },
  { type: 'codeBlock', attrs: { language: 'sql' }, content: [text('SELECT 1; -- ``` fence')] },
  { type: 'horizontalRule' },
  paragraph(link('the CRM', 'https://crm.example.com/a?b=1'), text(' and '), link('mail', 'mailto:ana@example.com')),
);

describe('shared notes as Markdown', () => {
  const markdown = notesToMarkdown(everything, { headingOffset: 1, ownerNames: { rep: 'Ana', manager: 'Manager' } });

  it('renders headings (shifted under the document), marks, lists, quotes, code and rules', () => {
    expect(markdown).toContain('### Wins');
    expect(markdown).toContain('**bold**');
    expect(markdown).toContain('_italic_');
    expect(markdown).toContain('<u>under</u>');
    expect(markdown).toContain('~~gone~~');
    expect(markdown).toContain('`code()`');
    expect(markdown).toContain('- First point\n- Second point');
    expect(markdown).toContain('3. Third step');
    expect(markdown).toContain('> Timing is the problem.');
    expect(markdown).toContain('````sql\nSELECT 1; -- ``` fence\n````');
    expect(markdown).toContain('\n---\n');
  });

  it('shows task items with their status, owner and due date', () => {
    expect(markdown).toContain('- [x] Send the deck _(Ana · due 4 Dec 2026)_');
    expect(markdown).toContain('- [ ] Call the CFO _(Manager)_');
  });

  it('keeps web and mail links and escapes Markdown in text', () => {
    expect(markdown).toContain('[the CRM](<https://crm.example.com/a?b=1>)');
    expect(markdown).toContain('[mail](<mailto:ana@example.com>)');
    expect(notesToMarkdown(doc(paragraph(text('# not a heading *nor* [a](link) <b>'))))).toBe(
      '\\# not a heading \\*nor\\* \\[a\\](link) \\<b\\>',
    );
    expect(notesToMarkdown(doc(paragraph(text('1. not a list'))))).toBe('1\\. not a list');
  });

  it('prefers the action item row over the note for a task item', () => {
    const note = doc({
      type: 'taskList',
      content: [{ type: 'taskItem', attrs: { checked: false, actionItemId: 7 }, content: [paragraph(text('Call'))] }],
    });
    const md = notesToMarkdown(note, {
      lookupTask: (id) => (id === 7 ? { status: 'dropped', owner: 'rep', dueDate: null } : undefined),
    });
    expect(md).toBe('- [x] Call _(Rep · dropped)_');
  });
});

describe('shared notes as HTML', () => {
  const html = notesToHtml(everything, { headingOffset: 1, ownerNames: { rep: 'Ana', manager: 'Manager' } });

  it('renders every supported node and mark', () => {
    expect(html).toContain('<h3>Wins</h3>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>italic</em>');
    expect(html).toContain('<u>under</u>');
    expect(html).toContain('<s>gone</s>');
    expect(html).toContain('<code>code()</code>');
    expect(html).toContain('<ul><li><p>First point</p></li><li><p>Second point</p></li></ul>');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<blockquote><p>Timing is the problem.</p></blockquote>');
    expect(html).toContain('<pre><code>SELECT 1; -- ``` fence</code></pre>');
    expect(html).toContain('<hr>');
    expect(html).toContain('<a href="https://crm.example.com/a?b=1">the CRM</a>');
    expect(html).toContain('<a href="mailto:ana@example.com">mail</a>');
  });

  it('shows task items with a ticked or empty box and their owner and due date', () => {
    expect(html).toContain(
      '<li class="task task-done"><span class="box" aria-hidden="true">☑</span><span class="task-text">Send the deck <span class="task-meta">Ana · due 4 Dec 2026</span>',
    );
    expect(html).toContain('☐</span><span class="task-text">Call the CFO <span class="task-meta">Manager</span>');
  });

  it('escapes every text and drops links that are not http(s) or mailto', () => {
    const hostile = notesToHtml(
      doc(
        paragraph(text('<script>alert(1)</script> & "quotes"')),
        paragraph(
          link('click', 'javascript:alert(1)'),
          link('data', 'data:text/html,<b>x</b>'),
          link('file', 'file:///etc/passwd'),
        ),
        { type: 'heading', attrs: { level: '1" onclick="x' }, content: [text('h')] },
        { type: 'orderedList', attrs: { start: '1" onmouseover="x' }, content: [] },
        { type: 'codeBlock', content: [text('</code><img src=x onerror=alert(1)>')] },
      ),
    );
    expect(hostile).not.toMatch(/<script|<img|javascript:|data:|file:|onclick|onmouseover/);
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(hostile).toContain('<p>clickdatafile</p>');
  });

  it('writes links by the one link policy the editor and the shell use', () => {
    const note = doc(
      paragraph(
        link('upper', 'MAILTO:Ana@Example.com?subject=Q3 forecast'),
        link('padded', '  https://crm.example.com/deals/4  '),
        link('disguised', 'https://bank.com@evil.com/'),
        link('empty mail', 'mailto:'),
        link('look-alike', 'mailto2:ana@example.com'),
        link('look-alike web', 'https-x://example.com'),
        link('phone', 'tel:+15551234'),
      ),
    );
    const html = notesToHtml(note);
    expect(html).toBe(
      '<p><a href="mailto:Ana@Example.com?subject=Q3%20forecast">upper</a>' +
        '<a href="https://crm.example.com/deals/4">padded</a>disguisedempty maillook-alikelook-alike webphone</p>',
    );
    expect(notesToMarkdown(note)).toBe(
      '[upper](<mailto:Ana@Example.com?subject=Q3%20forecast>)[padded](<https://crm.example.com/deals/4>)' +
        'disguisedempty maillook-alikelook-alike webphone',
    );
  });

  it('renders the children of node types it does not know, so no text is lost', () => {
    expect(notesToHtml(doc({ type: 'callout', content: [paragraph(text('Remember this'))] }))).toBe(
      '<p>Remember this</p>',
    );
    expect(notesToMarkdown(doc({ type: 'callout', content: [paragraph(text('Remember this'))] }))).toBe(
      'Remember this',
    );
  });
});
