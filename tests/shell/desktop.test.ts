import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { until } from './boot-main';
import { track } from './scenario';
import { startApp } from './start-app';

/** What Chromium reports on a right-click in the notes on a misspelt word (the fields the shell reads). */
const rightClickOnMisspeltWord: Partial<ContextMenuParams> = {
  isEditable: true,
  misspelledWord: 'recieve',
  dictionarySuggestions: ['receive', 'relive'],
  selectionText: '',
  editFlags: {
    canUndo: true,
    canRedo: false,
    canCut: true,
    canCopy: true,
    canPaste: true,
    canDelete: true,
    canSelectAll: true,
    canEditRichly: true,
  },
};

const click = (item: MenuItemConstructorOptions | undefined) => item?.click?.({} as never, undefined, {} as never);

describe('the context menu', () => {
  it('fixes a misspelt word from its suggestions, adds words to the dictionary, and has cut, copy and paste', async () => {
    const app = track(await startApp());
    app.window.webContents.emit('context-menu', {}, rightClickOnMisspeltWord);
    const template = app.electron.state.lastPopup?.template ?? [];
    expect(template.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'receive',
      'relive',
      'Add to Dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    click(template[0]);
    expect(app.electron.recorder.argsOf('webContents.replaceMisspelling')).toEqual([['receive']]);
    click(template[2]);
    expect(app.electron.recorder.argsOf('session.addWordToSpellCheckerDictionary')).toEqual([['recieve']]);
  });
});

describe('spelling dictionaries', () => {
  it('are not downloaded on Linux until the manager agrees in Settings, which applies at once', async () => {
    const app = track(await startApp({ platform: 'linux' }));
    const { recorder } = app.electron;
    expect(recorder.argsOf('session.setSpellCheckerEnabled')).toEqual([[false]]);
    await app.page.call('settings.update', { spellCheckDownloads: true });
    await until('the consent to apply', () => recorder.count('session.setSpellCheckerEnabled') === 2);
    expect(recorder.argsOf('session.setSpellCheckerEnabled').at(-1)).toEqual([true]);
  });

  it('leave the system spell checker on macOS and Windows alone', async () => {
    const app = track(await startApp({ platform: 'darwin' }));
    expect(app.electron.recorder.argsOf('session.setSpellCheckerEnabled')).toEqual([[true]]);
  });
});
