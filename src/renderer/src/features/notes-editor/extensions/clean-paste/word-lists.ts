import { parseStyle } from './inline-styles';

/** Word marks the bullet/number it draws itself with this style; the text is not content. */
export const isWordListMarker = (element: Element): boolean =>
  parseStyle(element.getAttribute('style')).get('mso-list') === 'ignore';

interface WordListParagraph {
  element: HTMLElement;
  level: number;
  ordered: boolean;
}

const ORDERED_MARKER = /^\s*(\d+|[a-z]|[ivxlcdm]+)[.)]/i;

function readListParagraph(element: Element): WordListParagraph | null {
  if (!(element instanceof HTMLElement) || element.localName !== 'p') return null;
  const msoList = parseStyle(element.getAttribute('style')).get('mso-list') ?? '';
  const isListClass = /MsoListParagraph/i.test(element.className);
  if (!isListClass && !/\bl\d+\b/.test(msoList)) return null;
  const level = Number(/level(\d+)/.exec(msoList)?.[1] ?? '1');
  const marker = Array.from(element.querySelectorAll('span')).find(isWordListMarker);
  const ordered = ORDERED_MARKER.test(marker?.textContent ?? '');
  return { element, level: Math.max(1, Math.min(level, 9)), ordered };
}

/** The run of list paragraphs starting at `first`, skipping whitespace between them. */
function collectRun(first: WordListParagraph): WordListParagraph[] {
  const run = [first];
  let node = first.element.nextSibling;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) {
      node = node.nextSibling;
      continue;
    }
    const next = node instanceof Element ? readListParagraph(node) : null;
    if (!next) break;
    run.push(next);
    node = next.element.nextSibling;
  }
  return run;
}

function buildList(doc: Document, run: WordListParagraph[]): HTMLElement {
  const makeList = (ordered: boolean) => doc.createElement(ordered ? 'ol' : 'ul');
  const root = makeList(run[0]?.ordered ?? false);
  const stack: { level: number; list: HTMLElement }[] = [{ level: run[0]?.level ?? 1, list: root }];
  for (const item of run) {
    while (stack.length > 1 && (stack.at(-1)?.level ?? 1) > item.level) stack.pop();
    let top = stack.at(-1) ?? stack[0];
    if (top && item.level > top.level) {
      const nested = makeList(item.ordered);
      const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'));
      parentItem.appendChild(nested);
      top = { level: item.level, list: nested };
      stack.push(top);
    }
    for (const marker of Array.from(item.element.querySelectorAll('span')).filter(isWordListMarker)) marker.remove();
    const li = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(...Array.from(item.element.childNodes));
    li.appendChild(paragraph);
    top?.list.appendChild(li);
  }
  return root;
}

/**
 * Word pastes list items as `<p class="MsoListParagraph…" style="mso-list:l0 level2 lfo1">` with
 * a hand-drawn bullet. Consecutive ones become a real (nested) `<ul>`/`<ol>`; numbered when the
 * drawn marker looks like "1." / "a)" / "iv.".
 */
export function convertWordLists(body: HTMLElement): void {
  const doc = body.ownerDocument;
  const seen = new Set<Element>();
  for (const element of Array.from(body.querySelectorAll('p'))) {
    if (seen.has(element)) continue;
    const first = readListParagraph(element);
    if (!first) continue;
    const run = collectRun(first);
    run.forEach((item) => seen.add(item.element));
    first.element.before(buildList(doc, run));
    run.forEach((item) => item.element.remove());
  }
}
