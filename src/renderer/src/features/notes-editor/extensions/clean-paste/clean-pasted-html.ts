import { isAllowedLink } from '@shared/links/link-policy';
import { isNotReallyBold, isNotReallyItalic, marksFromStyle, parseStyle } from './inline-styles';
import { convertWordLists, isWordListMarker } from './word-lists';

/** Never pasted: active content, embedded documents, form controls, Office's XML islands. */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'link',
  'title',
  'base',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'xml',
  'o:p',
  'v:shape',
  'v:imagedata',
  'w:sdt',
]);

/** Inline wrappers with no meaning once their styles are gone. */
const UNWRAPPED_ELEMENTS = new Set([
  'span',
  'font',
  'center',
  'small',
  'big',
  'abbr',
  'cite',
  'dfn',
  'time',
  'mark',
  'label',
]);

/** Wrappers whose style alone carries formatting (Google Docs spans, Word's run spans). */
const STYLE_CARRIERS = new Set(['span', 'font', 'a']);

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'blockquote',
  'table',
  'hr',
]);

/** Attributes that survive, by element; everything else (class, style, id, on*, dir, aria-*) goes. */
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  ol: ['start'],
  ul: ['data-type'],
  // A note's own task items, copied within or between notes, keep what makes them action items.
  li: ['data-type', 'data-checked', 'data-action-item-id', 'data-client-key', 'data-owner', 'data-due-date'],
};
/** ProseMirror's marker of how open a copied slice was; without it internal copy-paste loses structure. */
const ALWAYS_KEPT = 'data-pm-slice';

const unwrap = (element: Element): void => element.replaceWith(...Array.from(element.childNodes));

function removeComments(root: Node): void {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker?.nextNode()) comments.push(walker.currentNode);
  // Word's <![if !supportLists]> blocks and <!--StartFragment--> markers are comments here.
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
}

/** Remote images would be fetched when the note renders (a tracking pixel in a one-on-one note). */
const isRemoteImage = (element: Element): boolean =>
  element.localName === 'img' && !(element.getAttribute('src') ?? '').trim().toLowerCase().startsWith('data:image/');

function shouldDrop(element: Element): boolean {
  return (
    DROPPED_ELEMENTS.has(element.localName) ||
    isRemoteImage(element) ||
    isWordListMarker(element) ||
    (element.localName === 'br' && element.classList.contains('Apple-interchange-newline'))
  );
}

/** Turns style-only formatting into <strong>/<em>/<u>/<s> and drops "bold" wrappers that are not bold. */
function normaliseFormatting(element: Element): void {
  const style = parseStyle(element.getAttribute('style'));
  const tag = element.localName;
  if ((tag === 'b' || tag === 'strong') && isNotReallyBold(style)) return unwrap(element);
  if ((tag === 'i' || tag === 'em') && isNotReallyItalic(style)) return unwrap(element);
  if (!STYLE_CARRIERS.has(tag)) return;
  const marks = marksFromStyle(style);
  const wrappers = [marks.bold && 'strong', marks.italic && 'em', marks.underline && 'u', marks.strike && 's'].filter(
    (name): name is string => typeof name === 'string',
  );
  for (const name of wrappers) {
    const wrapper = element.ownerDocument.createElement(name);
    wrapper.append(...Array.from(element.childNodes));
    element.appendChild(wrapper);
  }
}

/** Notes have no tables: each cell becomes its own paragraph so cell texts are not glued together. */
function flattenTable(element: Element): void {
  const tag = element.localName;
  if (tag === 'td' || tag === 'th' || tag === 'caption') {
    const hasBlocks = Array.from(element.children).some((child) => BLOCK_TAGS.has(child.localName));
    if (hasBlocks) return unwrap(element);
    const paragraph = element.ownerDocument.createElement('p');
    paragraph.append(...Array.from(element.childNodes));
    element.replaceWith(paragraph);
    return;
  }
  if (tag === 'colgroup' || tag === 'col') return element.remove();
  unwrap(element);
}

function stripAttributes(element: Element): void {
  const kept = KEPT_ATTRIBUTES[element.localName] ?? [];
  for (const { name } of Array.from(element.attributes)) {
    if (name !== ALWAYS_KEPT && !kept.includes(name)) element.removeAttribute(name);
  }
}

/**
 * Cleans clipboard HTML from Google Docs, Word and web pages before ProseMirror parses it: keeps
 * headings, lists, paragraphs, bold/italic/underline/strike, code and safe links; drops styles,
 * classes, scripts, embeds, remote images and Office markup. Tables become paragraphs.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { body } = doc;
  removeComments(body);
  convertWordLists(body);

  // Children before parents (reverse document order), so unwrapping never skips a node.
  for (const element of Array.from(body.querySelectorAll('*')).reverse()) {
    if (shouldDrop(element)) {
      element.remove();
      continue;
    }
    normaliseFormatting(element);
  }
  for (const element of Array.from(
    body.querySelectorAll('table, thead, tbody, tfoot, tr, td, th, caption, colgroup, col'),
  ).reverse()) {
    flattenTable(element);
  }
  for (const element of Array.from(body.querySelectorAll('*')).reverse()) {
    const tag = element.localName;
    if (tag === 'a' && !isAllowedLink(element.getAttribute('href'))) unwrap(element);
    else if (UNWRAPPED_ELEMENTS.has(tag)) unwrap(element);
    else stripAttributes(element);
  }
  return body.innerHTML;
}
