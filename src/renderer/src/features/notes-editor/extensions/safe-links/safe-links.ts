import { Extension } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { allowedLinkHref, isAllowedLink } from '@shared/links/link-policy';

export interface SafeLinksOptions {
  /**
   * Opens a link the manager Mod-clicked. The default goes through `window.open`, which the
   * Electron main process intercepts and hands to the OS browser after its own URL checks.
   */
  openLink: (href: string) => void;
  /** Called on Mod-k so the editor can show its link form (the toolbar's link popover). */
  onEditLinkRequest: (() => void) | null;
}

const openInBrowser = (href: string): void => {
  window.open(href, '_blank', 'noopener');
};

/** True for Ctrl-click on Windows/Linux and Cmd-click on macOS. */
const isModClick = (event: MouseEvent): boolean => event.ctrlKey || event.metaKey;

/**
 * The link mark as notes use it: links are never followed on a plain click (that would make
 * editing link text impossible), only links the shared link policy allows (web and email, the
 * same the shell opens and the exports write) survive typing, pasting and setLink, and Mod-click
 * opens them outside the app: the browser, or the mail app for a mailto link.
 */
export const SafeLink = Link.configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  // `protocols` only registers *extra* schemes with linkify; the allow-list lives in isAllowedUri.
  protocols: [],
  // Also guards autolink and pasted <a href>: a bare "example.com" stays text, since a
  // scheme-less href could not be opened safely later.
  isAllowedUri: (url) => isAllowedLink(url),
  HTMLAttributes: { target: '_blank', rel: 'noopener noreferrer nofollow', class: null },
});

/** Mod-click to open, Mod-k to edit: the behaviour around links that the Link mark does not give. */
export const SafeLinkBehaviour = Extension.create<SafeLinksOptions>({
  name: 'safeLinkBehaviour',

  addOptions() {
    return { openLink: openInBrowser, onEditLinkRequest: null };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        if (!this.options.onEditLinkRequest) return false;
        this.options.onEditLinkRequest();
        return true;
      },
    };
  },

  addProseMirrorPlugins() {
    const { openLink } = this.options;
    return [
      new Plugin({
        key: new PluginKey('safeLinkModClick'),
        props: {
          handleDOMEvents: {
            click: (view, event) => {
              if (!isModClick(event) || !(event.target instanceof Element)) return false;
              const anchor = event.target.closest('a');
              if (!anchor || !view.dom.contains(anchor)) return false;
              // Read the attribute, not `anchor.href`: the property resolves relative URLs against
              // the app's own file:// location.
              const href = allowedLinkHref(anchor.getAttribute('href'));
              event.preventDefault();
              if (href !== null) openLink(href);
              return true;
            },
          },
        },
      }),
    ];
  },
});
