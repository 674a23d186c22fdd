import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from './clean-pasted-html';

/** Runs every HTML paste (and drop) through cleanPastedHtml before the schema sees it. */
export const CleanPaste = Extension.create({
  name: 'cleanPaste',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('cleanPaste'),
        props: { transformPastedHTML: (html) => cleanPastedHtml(html) },
      }),
    ];
  },
});
