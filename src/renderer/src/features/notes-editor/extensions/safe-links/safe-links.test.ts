import '../../test-support/jsdom-shims';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createTestEditor } from '../../test-support/create-test-editor';
import { isAllowedLink } from '@shared/links/link-policy';

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  vi.restoreAllMocks();
});

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///C:/Windows/System32/calc.exe',
  'vbscript:msgbox(1)',
  'coachbook://internal',
  '/relative/path',
  '',
  // Look-alike schemes, empty mail links and links that disguise their target.
  'mailto2:rep@example.com',
  'https-x://example.com',
  'mailto:',
  'https://bank.com@evil.com/',
  'tel:+15551234',
];

const linkHrefs = (target: Editor): string[] => {
  const hrefs: string[] = [];
  target.state.doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === 'link') hrefs.push(String(mark.attrs.href));
    return true;
  });
  return hrefs;
};

describe('the link policy, as the editor uses it', () => {
  test.each([
    'https://example.com/deal?id=4',
    'http://crm.local/x',
    'mailto:rep@example.com',
    'MAILTO:rep@example.com?subject=Q3',
    ' https://example.com ',
  ])('allows %j', (href) => {
    expect(isAllowedLink(href)).toBe(true);
  });
  test.each(HOSTILE)('refuses %j', (href) => {
    expect(isAllowedLink(href)).toBe(false);
  });
});

describe('safe links in the editor', () => {
  test('setLink refuses hostile hrefs and accepts https', () => {
    editor = createTestEditor({ content: '<p>Deal room</p>' });
    for (const href of HOSTILE.filter(Boolean)) {
      editor.commands.selectAll();
      expect(editor.commands.setLink({ href })).toBe(false);
    }
    expect(linkHrefs(editor)).toEqual([]);
    editor.commands.selectAll();
    expect(editor.commands.setLink({ href: 'https://crm.example.com/deals/1' })).toBe(true);
    expect(linkHrefs(editor)).toEqual(['https://crm.example.com/deals/1']);
  });

  test('pasted hostile links lose the link and keep their text', () => {
    editor = createTestEditor();
    editor.view.pasteHTML(
      HOSTILE.map((href, index) => `<a href="${href.replace(/"/g, '&quot;')}">bad ${index}</a>`).join(' ') +
        ' <a href="https://ok.example.com">good</a>',
    );
    expect(linkHrefs(editor)).toEqual(['https://ok.example.com']);
    expect(editor.getText()).toContain('bad 0');
  });

  test('stored content with a hostile href is not rendered as a link', () => {
    editor = createTestEditor({
      content: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
          },
        ],
      },
    });
    expect(editor.view.dom.querySelector('a')?.getAttribute('href')).toBe('');
  });

  test('a plain click on a link does not open it; Mod-click opens it in the OS browser', () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    editor = createTestEditor({ content: '<p><a href="https://crm.example.com/deals/1">deal</a></p>' });
    const anchor = editor.view.dom.querySelector('a');
    if (!anchor) throw new Error('no link rendered');
    anchor.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(open).not.toHaveBeenCalled();
    anchor.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    anchor.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, metaKey: true }));
    expect(open).toHaveBeenCalledTimes(2);
    expect(open).toHaveBeenCalledWith('https://crm.example.com/deals/1', '_blank', 'noopener');
  });

  test('Mod-click on a mail link hands the checked link on, to open in the mail app', () => {
    const openLink = vi.fn();
    editor = createTestEditor({
      content: '<p><a href="MAILTO:ana@example.com?subject=Q3 forecast">mail Ana</a></p>',
      openLink,
    });
    const anchor = editor.view.dom.querySelector('a');
    anchor?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, metaKey: true }));
    expect(openLink).toHaveBeenCalledWith('mailto:ana@example.com?subject=Q3%20forecast');
  });

  test('Mod-click on a link whose href is unsafe opens nothing', () => {
    const openLink = vi.fn();
    editor = createTestEditor({ content: '<p><a href="https://ok.example.com">x</a></p>', openLink });
    const anchor = editor.view.dom.querySelector('a');
    anchor?.setAttribute('href', 'javascript:alert(1)');
    anchor?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
    expect(openLink).not.toHaveBeenCalled();
  });

  test('typing a URL autolinks it; a javascript: "URL" stays text', async () => {
    const { typeText } = await import('../../test-support/editor-input');
    editor = createTestEditor();
    typeText(editor, 'see https://crm.example.com/deals/9 and javascript:alert(1) ');
    expect(linkHrefs(editor)).toEqual(['https://crm.example.com/deals/9']);
  });

  test('Mod-k asks the editor to show its link form', () => {
    const onEditLinkRequest = vi.fn();
    editor = createTestEditor({ content: '<p>x</p>', onEditLinkRequest });
    editor.commands.keyboardShortcut('Mod-k');
    expect(onEditLinkRequest).toHaveBeenCalledTimes(1);
  });
});
