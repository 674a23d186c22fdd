import type { ContextMenuParams } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildContextMenuTemplate } from '../../../src/main/window/context-menu';
import { applySpellCheckConsent } from '../../../src/main/shell/spell-check';

const editFlags = {
  canUndo: true,
  canRedo: false,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: true,
} satisfies ContextMenuParams['editFlags'];
const inNote = { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags };

describe('buildContextMenuTemplate', () => {
  it('offers the suggestions for a misspelt word, which replace it, and adds words to the dictionary', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const items = buildContextMenuTemplate(
      { ...inNote, misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] },
      actions,
    );
    expect(items.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'receive',
      'relieve',
      'Add to Dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    items[0]?.click?.({} as never, undefined, {} as never);
    expect(actions.replaceMisspelling).toHaveBeenCalledWith('receive');
    items[2]?.click?.({} as never, undefined, {} as never);
    expect(actions.addToDictionary).toHaveBeenCalledWith('recieve');
  });

  it('says when there is no suggestion', () => {
    const items = buildContextMenuTemplate(
      { ...inNote, misspelledWord: 'Zyxq' },
      { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() },
    );
    expect(items[0]).toEqual({ label: 'No spelling suggestions', enabled: false });
  });

  it('greys out what the field cannot do, offers copy on selected page text, and nothing elsewhere', () => {
    const actions = { replaceMisspelling: vi.fn(), addToDictionary: vi.fn() };
    const readOnly = buildContextMenuTemplate(
      { ...inNote, editFlags: { ...editFlags, canCut: false, canPaste: false } },
      actions,
    );
    expect(readOnly.find((item) => item.role === 'cut')?.enabled).toBe(false);
    expect(readOnly.find((item) => item.role === 'paste')?.enabled).toBe(false);
    expect(buildContextMenuTemplate({ ...inNote, isEditable: false, selectionText: 'Q3 quota' }, actions)).toEqual([
      { role: 'copy' },
    ]);
    expect(buildContextMenuTemplate({ ...inNote, isEditable: false }, actions)).toEqual([]);
  });
});

describe('applySpellCheckConsent', () => {
  it('keeps the Linux spell checker, which downloads its dictionaries, off until the manager agrees', () => {
    const session = { setSpellCheckerEnabled: vi.fn() };
    applySpellCheckConsent(session, 'linux', false);
    applySpellCheckConsent(session, 'linux', true);
    applySpellCheckConsent(session, 'darwin', false);
    applySpellCheckConsent(session, 'win32', false);
    expect(session.setSpellCheckerEnabled.mock.calls).toEqual([[false], [true], [true], [true]]);
  });
});
