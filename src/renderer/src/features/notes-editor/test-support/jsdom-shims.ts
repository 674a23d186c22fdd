/**
 * Browser APIs ProseMirror calls that jsdom lacks (layout: coordinates, hit testing). Imported by
 * the notes-editor tests only, so the shared renderer setup stays untouched. Values are zeros:
 * these tests check document structure, never layout.
 */
const emptyRect = (): DOMRect => ({
  x: 0,
  y: 0,
  top: 0,
  left: 0,
  right: 0,
  bottom: 0,
  width: 0,
  height: 0,
  toJSON: () => ({}),
});

const emptyRectList = (): DOMRectList => {
  const list: DOMRect[] = [];
  return Object.assign(list, { item: () => null }) as unknown as DOMRectList;
};

if (!Range.prototype.getClientRects) Range.prototype.getClientRects = emptyRectList;
if (!Range.prototype.getBoundingClientRect) Range.prototype.getBoundingClientRect = emptyRect;
if (!document.elementFromPoint) document.elementFromPoint = () => null;
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
if (!window.ResizeObserver) {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
if (typeof window.ClipboardEvent === 'undefined') {
  // view.pasteHTML builds a synthetic paste event; only its type and clipboardData are read.
  class ClipboardEventStub extends Event {
    readonly clipboardData: DataTransfer | null;
    constructor(type: string, init: ClipboardEventInit = {}) {
      super(type, init);
      this.clipboardData = init.clipboardData ?? null;
    }
  }
  window.ClipboardEvent = ClipboardEventStub;
  globalThis.ClipboardEvent = ClipboardEventStub;
}

export {};
