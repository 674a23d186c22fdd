import { describe, expect, it } from 'vitest';
import { tiptapToPlainText, type TiptapDoc } from '@shared/notes/tiptap-json';

describe('tiptapToPlainText', () => {
  it('puts each block on its own line and keeps inline marks as plain words', () => {
    const doc: TiptapDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Pipeline' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Acme is ' },
            { type: 'text', text: 'close', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' to signing.' },
          ],
        },
        {
          type: 'taskList',
          content: [
            {
              type: 'taskItem',
              attrs: { checked: false },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Send the proposal' }] }],
            },
          ],
        },
      ],
    };
    expect(tiptapToPlainText(doc)).toBe('Pipeline\nAcme is close to signing.\nSend the proposal');
  });

  it('gives an empty string for an empty document', () => {
    expect(tiptapToPlainText({ type: 'doc', content: [] })).toBe('');
  });
});
