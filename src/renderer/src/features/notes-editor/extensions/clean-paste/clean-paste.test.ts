import '../../test-support/jsdom-shims';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, test } from 'vitest';
import { createTestEditor } from '../../test-support/create-test-editor';
import { cleanPastedHtml } from './clean-pasted-html';
import googleDocs from './fixtures/google-docs.html?raw';
import webPage from './fixtures/web-page.html?raw';
import word from './fixtures/word.html?raw';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

/** Pastes through ProseMirror's real clipboard path (transformPastedHTML, then the schema). */
function paste(html: string): Editor {
  editor = createTestEditor();
  editor.view.pasteHTML(html);
  return editor;
}

describe('clean paste: Google Docs', () => {
  test('keeps the heading, lists, bold, italic, strike and the link; nothing else turns bold', () => {
    const html = paste(googleDocs).getHTML();
    expect(html).toContain('<h2>Pipeline review</h2>');
    expect(html).toContain('Acme renewal is <strong>at risk</strong> — champion left, see ');
    expect(html).toMatch(
      /<a [^>]*href="https:\/\/www\.google\.com\/url\?q=https:\/\/crm\.example\.com\/deals\/4411&amp;sa=D&amp;source=editors"[^>]*><u>the deal<\/u><\/a>/,
    );
    expect(html).toContain('<em> (Q3 forecast)</em>');
    expect(html).toContain('<ul><li><p>Book exec sponsor call</p></li><li><p><s>Send pricing deck</s></p></li></ul>');
    expect(html).toContain('<ol><li><p>Discovery</p></li></ol>');
    // The docs-internal-guid wrapper is <b style="font-weight:normal">: it must not embolden everything.
    expect(html.match(/<strong>/g)).toHaveLength(1);
  });

  test('drops the remote image, styles, ids and the meta tag', () => {
    const cleaned = cleanPastedHtml(googleDocs);
    expect(cleaned).not.toMatch(/<img|style=|id=|dir=|<meta|docs-internal-guid|Apple-interchange/);
  });
});

describe('clean paste: Word', () => {
  test('keeps heading, bold, italic and the safe link; drops the file: link and Office markup', () => {
    const html = paste(word).getHTML();
    expect(html).toContain('<h1>Weekly check-in</h1>');
    expect(html).toContain('Maria hit <strong>112%</strong> of quota, <em>ahead of plan</em>.');
    expect(html).toContain('href="https://intranet.example.com/q3"');
    expect(html).toContain('the local sheet');
    expect(html).not.toMatch(/file:|mso-|Mso|o:p|<img|·/);
  });

  test('MsoListParagraph bullets become a nested bullet list, numbered ones an ordered list', () => {
    const html = paste(word).getHTML();
    expect(html).toContain(
      '<ul><li><p>Prospecting blocks on Tuesdays</p><ul><li><p>Two hours, phone only</p></li></ul></li><li><p>Update the forecast</p></li></ul>',
    );
    expect(html).toContain('<ol><li><p>Open questions first</p></li><li><p>Then pricing</p></li></ol>');
  });

  test('a table becomes one paragraph per cell', () => {
    const html = paste(word).getHTML();
    expect(html).toContain('<p><strong>Metric</strong></p><p><strong>Value</strong></p><p>Calls</p><p>48</p>');
  });
});

describe('clean paste: web page', () => {
  test('keeps heading, emphasis, quote, list, code and safe links', () => {
    const html = paste(webPage).getHTML();
    expect(html).toContain('<h3>How to run a pipeline review</h3>');
    expect(html).toContain('<strong>stage hygiene</strong>');
    expect(html).toContain('<em>next steps</em>');
    expect(html).toContain('href="https://blog.example.com/pipeline?utm_source=x"');
    expect(html).toContain('href="mailto:coach@example.com"');
    expect(html).toContain('<blockquote><p>Forecast what you can prove.</p></blockquote>');
    expect(html).toContain('<ul><li><p>Every deal has a next step</p></li><li><p>Close dates are real</p></li></ul>');
    expect(html).toContain('<pre><code>SELECT * FROM deals;</code></pre>');
    expect(html).toContain('<p><strong>Bold by style</strong> and <strong>bold by tag</strong>.</p>');
    expect(html).toContain('<p>Stage</p><p>Deals</p><p>Discovery</p><p>12</p>');
  });

  test('drops scripts, iframes, tracking pixels, forms, handlers, classes and hostile links', () => {
    const cleaned = cleanPastedHtml(webPage);
    expect(cleaned).not.toMatch(
      /<script|<iframe|<img|<form|<input|<button|<style|onclick|onmouseover|class=|style=|data-tracking|javascript:|data:text/,
    );
    const html = paste(webPage).getHTML();
    expect(html).toContain('click here');
    expect(html).not.toMatch(/javascript:|data:text|document\.cookie\)"|evil\.example/);
  });
});

describe('clean paste: the notes editor itself', () => {
  test('copying task items between notes keeps them task items with their details', () => {
    const source = createTestEditor({
      content:
        '<ul data-type="taskList"><li data-type="taskItem" data-checked="true" data-owner="manager" data-due-date="2026-12-04" data-client-key="k1"><p>Send recap</p></li></ul>',
    });
    const html = source.getHTML();
    source.destroy();
    const json = paste(html).getJSON();
    expect(json.content?.[0]).toMatchObject({
      type: 'taskList',
      content: [
        { type: 'taskItem', attrs: { checked: true, owner: 'manager', dueDate: '2026-12-04', clientKey: 'k1' } },
      ],
    });
  });
});
