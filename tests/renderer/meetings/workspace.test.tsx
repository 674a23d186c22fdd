import '../../../src/renderer/src/features/notes-editor/test-support/jsdom-shims';
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Editor, TiptapEditorHTMLElement } from '@tiptap/core';
import { afterEach, describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp as renderAppWith } from '../render-app';

/*
 * An autosave outlives its screen on purpose (it keeps retrying until saved). So that one test's
 * late save never lands in the next test's fake, each test ends by flushing into its own bridge
 * and unmounting while that bridge is still the one in use.
 */
let lastBridge: FakeBridge | null = null;
const renderApp = (...args: Parameters<typeof renderAppWith>) => {
  const result = renderAppWith(...args);
  lastBridge = result.bridge;
  return result;
};
afterEach(async () => {
  const bridge = lastBridge;
  lastBridge = null;
  if (bridge) await act(() => bridge.requestFlush());
  cleanup();
});

function anaMeeting() {
  const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
  bridge.data.addMeeting({
    repId: 1,
    scheduledAt: '2026-02-02T09:00:00.000Z',
    agenda: [
      { id: 'a1', title: 'Wins', prompts: ['What went well?'], done: false },
      { id: 'a2', title: 'Blockers', prompts: [], done: false },
    ],
  });
  bridge.data.addTalkingPoint(1, 'Ask about the Initech renewal');
  return bridge;
}

/** The TipTap editor behind an editor textbox (TipTap hangs it on its DOM element). */
async function editorNamed(name: 'Shared notes' | 'Private notes'): Promise<Editor> {
  const element = (await screen.findByRole('textbox', { name, hidden: true })) as TiptapEditorHTMLElement;
  await waitFor(() => expect(element.editor).toBeTruthy());
  return element.editor as Editor;
}

describe('meeting workspace', () => {
  test('shows header, agenda, talking points, both notes tabs and the side panel', async () => {
    renderApp('/meetings/100', anaMeeting());
    expect(await screen.findByRole('heading', { level: 1, name: 'One-on-one with Ana Silva' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ana Silva' }).getAttribute('href')).toBe('#/reps/1');
    expect(screen.getByText('Scheduled')).toBeTruthy();
    for (const name of ['Reschedule', 'Cancel', 'Mark held']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Shared notes' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Private notes' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Agenda line 1' })).toHaveProperty('value', 'Wins');
    expect(screen.getByText('What went well?')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Discussed: Ask about the Initech renewal' })).toBeTruthy();
    expect(await screen.findByText('Nothing to follow up — every earlier commitment is closed.')).toBeTruthy();
    await editorNamed('Shared notes');
    expect(document.querySelector('[aria-label="Shared notes editor"]')).toBeTruthy();
    expect(document.querySelector('[aria-label="Private notes editor"]')).toBeTruthy();
    expect(await screen.findByText('Saved', {}, { timeout: 3000 })).toBeTruthy();
  });

  test('private notes are marked as only for the manager', async () => {
    const u = userEvent.setup();
    renderApp('/meetings/100', anaMeeting());
    await u.click(await screen.findByRole('tab', { name: 'Private notes' }));
    expect(await screen.findByText('Private — only you see this')).toBeTruthy();
  });

  test('typing saves from the opened revision; a new task item becomes an action item in the side panel', async () => {
    const { bridge } = renderApp('/meetings/100', anaMeeting());
    const editor = await editorNamed('Shared notes');
    act(() => {
      editor.commands.insertContent({
        type: 'taskList',
        content: [
          {
            type: 'taskItem',
            attrs: { checked: false },
            content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Send pricing' }] }],
          },
        ],
      });
    });
    await waitFor(() => expect(bridge.callsOf('meetings.saveNotes').length).toBeGreaterThan(0), { timeout: 3000 });
    expect(bridge.callsOf('meetings.saveNotes')[0]).toMatchObject({ id: 100, baseRevision: 0 });
    // The id main gave goes back into the note and out with the next save.
    await waitFor(() => expect(bridge.callsOf('meetings.saveNotes').length).toBeGreaterThan(1), { timeout: 4000 });
    const agreed = screen.getByRole('region', { name: 'Action items agreed in this meeting' });
    expect(await within(agreed).findByText('Send pricing')).toBeTruthy();
    await waitFor(() =>
      expect(JSON.stringify(editor.getJSON())).toContain(`"actionItemId":${bridge.data.actionItems[0]?.id}`),
    );
    await waitFor(() => expect(screen.getByText('Saved')).toBeTruthy(), { timeout: 3000 });
    expect(bridge.data.actionItems).toHaveLength(1);
  });

  test("the window's flush request saves at once, without waiting for the autosave delay", async () => {
    const { bridge } = renderApp('/meetings/100', anaMeeting());
    const editor = await editorNamed('Private notes');
    act(() => {
      editor.commands.insertContent('Thinking about a promotion case');
    });
    expect(bridge.callsOf('meetings.saveNotes')).toEqual([]);
    await act(() => bridge.requestFlush());
    expect(bridge.callsOf('meetings.saveNotes')).toHaveLength(1);
    expect(JSON.stringify(bridge.data.meetings[0]?.privateNotes)).toContain('Thinking about a promotion case');
  });

  test('a refused stale save shows "Changed in another window — Reload", and Reload reads the meeting again', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/meetings/100', anaMeeting());
    const editor = await editorNamed('Shared notes');
    bridge.failNext('meetings.saveNotes', { code: 'conflict', message: 'These notes were changed in another window.' });
    act(() => {
      editor.commands.insertContent('My version');
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(within(alert).getByText('Changed in another window — Reload')).toBeTruthy();
    expect(screen.getByText('Conflict — reload')).toBeTruthy();
    expect(bridge.data.meetings[0]?.notesRevision).toBe(0);

    await u.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(screen.queryByText('Changed in another window — Reload')).toBeNull());
    expect(bridge.callsOf('meetings.open')).toHaveLength(2);
    // Nothing was written over the other window's notes.
    expect(bridge.callsOf('meetings.saveNotes')).toHaveLength(1);
  });

  test('agenda edits save (debounced) and talking points tick as discussed', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/meetings/100', anaMeeting());
    await u.click(await screen.findByRole('checkbox', { name: 'Covered: Wins' }));
    await u.type(screen.getByRole('textbox', { name: 'New agenda line' }), 'Hiring plan{Enter}');
    await u.click(screen.getByRole('button', { name: 'Options for “Blockers”' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Move up' }));
    await waitFor(
      () =>
        expect(bridge.data.meetings[0]?.agenda.map((item) => [item.title, item.done])).toEqual([
          ['Blockers', false],
          ['Wins', true],
          ['Hiring plan', false],
        ]),
      { timeout: 2000 },
    );

    await u.click(screen.getByRole('checkbox', { name: 'Discussed: Ask about the Initech renewal' }));
    await waitFor(() =>
      expect(bridge.callsOf('talkingPoints.setDiscussed')).toEqual([{ id: 101, meetingId: 100, discussed: true }]),
    );
  });

  test('an unknown meeting says so and leads back', async () => {
    renderApp('/meetings/999', { reps: [{ name: 'Ana Silva' }] });
    expect(await screen.findByRole('heading', { name: 'This one-on-one does not exist' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to one-on-ones' })).toBeTruthy();
  });

  test('records a goal check-in during the one-on-one, dated to the meeting and tied to it', async () => {
    const u = userEvent.setup();
    const bridge = anaMeeting();
    const goal = await bridge.invoke('goals.create', {
      repId: 1,
      kind: 'metric',
      title: 'Q1 quota',
      metric: 'Quota attained',
      unit: 'currency',
      startValue: 0,
      targetValue: 100_000,
      startDate: '2026-01-01',
      endDate: '2026-03-31',
    });
    if (!goal.ok) throw new Error('goal not created');
    renderApp('/meetings/100', bridge);
    const block = await screen.findByRole('region', { name: 'Goal check-in' });
    await u.type(within(block).getByRole('textbox', { name: 'Value today' }), '42000');
    await u.click(within(block).getByRole('button', { name: 'Record' }));
    await waitFor(() =>
      expect(bridge.callsOf('goals.addCheckIn')).toEqual([
        { goalId: goal.value.id, value: 42000, date: '2026-02-02', note: null, meetingId: 100 },
      ]),
    );
    expect(await within(block).findByText(/Q1 quota: .*42,000.* recorded/)).toBeTruthy();
  });
});
