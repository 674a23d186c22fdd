import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';
import { stubSystemLocale } from '../system-locale';

/*
 * Every date and time input reads the manager's way (month as a word, their clock) while what
 * the forms send stays as before: yyyy-MM-dd days and ISO UTC instants.
 */

// ICU puts a narrow no-break space before AM/PM; a manager sees a space.
const shown = (element: HTMLElement) =>
  (element instanceof HTMLInputElement || element instanceof HTMLSelectElement
    ? element.value
    : (element.textContent ?? '')
  ).replace(/\s/g, ' ');

/** 10:00 on 10 March 2026 on the manager's wall clock, whatever the test machine's time zone. */
const TEN_AM = new Date(2026, 2, 10, 10, 0).toISOString();

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openScheduleModal(slot: string) {
  const u = userEvent.setup();
  const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
  bridge.data.suggestedSlot = slot;
  renderApp('/reps/1', bridge);
  await u.click(await screen.findByRole('button', { name: 'Schedule one-on-one' }));
  const dialog = await screen.findByRole('dialog', { name: 'Schedule a one-on-one with Ana Silva' });
  const picker = within(dialog).getByRole('button', { name: 'Date and time' });
  await waitFor(() => expect(shown(picker)).toMatch(/2026/));
  return { u, bridge, dialog, picker };
}

describe('scheduling a one-on-one', () => {
  test('on a 12-hour system the slot reads 10:00 AM, and the same instant is sent', async () => {
    stubSystemLocale('en-US');
    const { u, bridge, dialog, picker } = await openScheduleModal(TEN_AM);
    expect(shown(picker)).toBe('Tue, Mar 10, 2026, 10:00 AM');

    await u.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    await waitFor(() =>
      expect(bridge.callsOf('meetings.schedule')).toEqual([
        { repId: 1, scheduledAt: TEN_AM, durationMinutes: 30, templateId: null },
      ]),
    );
  });

  test('on a 12-hour system the time picker has AM/PM, and 10 PM is 22:00', async () => {
    stubSystemLocale('en-US');
    const { u, bridge, dialog, picker } = await openScheduleModal(TEN_AM);
    await u.click(picker);
    const amPm = within(dialog).getByRole('combobox', { name: 'AM or PM' });
    expect([shown(within(dialog).getByRole('spinbutton', { name: 'Hour' })), shown(amPm)]).toEqual(['10', 'AM']);

    await u.selectOptions(amPm, 'PM');
    await u.click(within(dialog).getByRole('button', { name: 'Use this date and time' }));
    expect(shown(picker)).toBe('Tue, Mar 10, 2026, 10:00 PM');
    await u.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    await waitFor(() =>
      expect(bridge.callsOf('meetings.schedule')).toMatchObject([
        { scheduledAt: new Date(2026, 2, 10, 22, 0).toISOString() },
      ]),
    );
  });

  test('on a 24-hour system the slot reads 10:00 with no AM/PM, and the same instant is sent', async () => {
    stubSystemLocale('en-GB');
    const { u, bridge, dialog, picker } = await openScheduleModal(TEN_AM);
    expect(shown(picker)).toBe('Tue, 10 Mar 2026, 10:00');
    await u.click(picker);
    expect(within(dialog).getByRole('spinbutton', { name: 'Hour' })).toBeTruthy();
    expect(within(dialog).queryByRole('combobox', { name: 'AM or PM' })).toBeNull();

    await u.click(within(dialog).getByRole('button', { name: 'Use this date and time' }));
    await u.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(bridge.callsOf('meetings.schedule')).toMatchObject([{ scheduledAt: TEN_AM }]));
  });

  test('on a German system the calendar names months and weekdays in German, its week from Monday', async () => {
    stubSystemLocale('de-DE');
    const { u, dialog, picker } = await openScheduleModal(new Date(2026, 10, 24, 10, 0).toISOString());
    await u.click(picker);
    // English first, German once its dayjs locale has loaded.
    await within(dialog).findByRole('button', { name: 'November 2026' });
    const weekdays = within(dialog)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(weekdays).toEqual(['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So']);
  });

  test('rescheduling reads the same way', async () => {
    stubSystemLocale('en-US');
    const u = userEvent.setup();
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
    bridge.data.addMeeting({ repId: 1, scheduledAt: new Date(2026, 1, 2, 15, 45).toISOString() });
    renderApp('/reps/1', bridge);
    await u.click(await screen.findByRole('button', { name: /^Actions for the one-on-one with Ana Silva/ }));
    await u.click(screen.getByRole('menuitem', { name: 'Reschedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reschedule one-on-one' });
    expect(shown(within(dialog).getByRole('button', { name: 'New date and time' }))).toBe('Mon, Feb 2, 2026, 3:45 PM');
  });
});

async function openNewGoal() {
  const u = userEvent.setup();
  const { bridge } = renderApp('/reps/1', { reps: [{ name: 'Ana Ruiz' }] });
  const goals = await screen.findByRole('region', { name: 'Goals' });
  await u.click(within(goals).getByRole('button', { name: 'New goal' }));
  const dialog = await screen.findByRole('dialog', { name: 'New goal' });
  await u.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Q1 calls');
  await u.type(within(dialog).getByRole('combobox', { name: 'Metric' }), 'Calls made');
  await u.type(within(dialog).getByRole('textbox', { name: 'Target value' }), '120');
  const field = (name: 'Start date' | 'End date') => within(dialog).getByRole('textbox', { name });
  return { u, bridge, dialog, field };
}

describe('typing a date into the goal form', () => {
  test('ISO and the shown form are both read, shown the manager’s way, and sent as yyyy-MM-dd', async () => {
    stubSystemLocale('en-US');
    const { u, bridge, dialog, field } = await openNewGoal();
    await u.clear(field('Start date'));
    await u.type(field('Start date'), 'Jan 5, 2099');
    await u.type(field('End date'), '2099-12-31');
    await u.tab();
    expect([shown(field('Start date')), shown(field('End date'))]).toEqual(['Jan 5, 2099', 'Dec 31, 2099']);

    await u.click(within(dialog).getByRole('button', { name: 'Add goal' }));
    await waitFor(() =>
      expect(bridge.callsOf('goals.create')).toMatchObject([{ startDate: '2099-01-05', endDate: '2099-12-31' }]),
    );
  });

  test('a 24-hour, day-first system types the day first', async () => {
    stubSystemLocale('en-GB');
    const { u, bridge, dialog, field } = await openNewGoal();
    await u.type(field('End date'), '31 dec 2099');
    await u.tab();
    expect(shown(field('End date'))).toBe('31 Dec 2099');
    await u.click(within(dialog).getByRole('button', { name: 'Add goal' }));
    await waitFor(() => expect(bridge.callsOf('goals.create')).toMatchObject([{ endDate: '2099-12-31' }]));
  });

  test('text that is not a date shows the error under its field; the old day is not sent instead', async () => {
    stubSystemLocale('en-US');
    const { u, bridge, dialog, field } = await openNewGoal();
    await u.type(field('End date'), '2099-12-31');
    // The start date had today in it: a slip of the keyboard must not leave today behind unseen.
    await u.clear(field('Start date'));
    await u.type(field('Start date'), '03/04/2099');
    await u.tab();
    const message = 'Not a date. Type it like Nov 27, 2026 or 2026-11-27.';
    expect(within(dialog).getByText((text) => text.replace(/\s/g, ' ') === message)).toBeTruthy();
    expect(shown(field('Start date'))).toBe('03/04/2099');
    expect(field('Start date').getAttribute('aria-invalid')).toBe('true');

    await u.click(within(dialog).getByRole('button', { name: 'Add goal' }));
    expect(bridge.callsOf('goals.create')).toEqual([]);
    expect(field('Start date').getAttribute('aria-invalid')).toBe('true');

    await u.clear(field('Start date'));
    await u.type(field('Start date'), 'Mar 4, 2099');
    await u.tab();
    expect(field('Start date').getAttribute('aria-invalid')).not.toBe('true');
    await u.click(within(dialog).getByRole('button', { name: 'Add goal' }));
    await waitFor(() =>
      expect(bridge.callsOf('goals.create')).toMatchObject([{ startDate: '2099-03-04', endDate: '2099-12-31' }]),
    );
  });
  test('a check-in with a day that does not exist is not sent; the field says why', async () => {
    stubSystemLocale('en-US');
    const u = userEvent.setup();
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Ruiz' }] });
    const goal = bridge.history.handlers['goals.create']({
      repId: 1,
      kind: 'metric',
      title: 'Q1 calls',
      metric: 'Calls made',
      unit: 'count',
      startValue: 0,
      targetValue: 100,
      startDate: '2026-01-01',
      endDate: '2026-03-31',
    });
    renderApp(`/goals/${goal.id}`, bridge);
    const section = await screen.findByRole('region', { name: 'Check-ins' });
    const date = within(section).getByRole('textbox', { name: 'Date' });
    await u.type(within(section).getByRole('textbox', { name: 'Value' }), '55');
    await u.type(date, 'Feb 30, 2026', { initialSelectionStart: 0, initialSelectionEnd: shown(date).length });
    await u.click(within(section).getByRole('button', { name: 'Add check-in' }));
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(within(section).getByText(/^Not a date\./)).toBeTruthy();
    expect(bridge.callsOf('goals.addCheckIn')).toEqual([]);

    await u.type(date, 'Feb 3, 2026', { initialSelectionStart: 0, initialSelectionEnd: shown(date).length });
    await u.click(within(section).getByRole('button', { name: 'Add check-in' }));
    await waitFor(() => expect(bridge.callsOf('goals.addCheckIn')).toMatchObject([{ value: 55, date: '2026-02-03' }]));
  });
});

describe('pick-only and filter date inputs', () => {
  test('the team report’s period reads the manager’s way and is sent as yyyy-MM-dd days', async () => {
    stubSystemLocale('en-US');
    const u = userEvent.setup();
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva', team: 'East' }] });
    bridge.dialogPath = '/tmp/Team report.pdf';
    renderApp('/team', bridge);
    await u.click(await screen.findByRole('button', { name: 'Team report' }));
    const dialog = await screen.findByRole('dialog', { name: 'Team report' });
    expect(shown(within(dialog).getByRole('button', { name: /Period/ }))).toBe('Oct 8, 2025 – Jan 5, 2026');
    await u.click(within(dialog).getByRole('button', { name: 'Export PDF' }));
    await waitFor(() =>
      expect(bridge.callsOf('exports.teamReport')).toMatchObject([{ from: '2025-10-08', to: '2026-01-05' }]),
    );
  });

  test('a search filter reads a typed day, and a date that is not one is shown, not searched', async () => {
    stubSystemLocale('en-US');
    const u = userEvent.setup();
    const { bridge } = renderApp('/search', { reps: [{ name: 'Ana Silva' }] });
    await u.type(await screen.findByRole('textbox', { name: 'Search text' }), 'pricing');
    const from = screen.getByRole('textbox', { name: 'From date' });
    await u.type(from, 'Nov 1, 2025');
    await u.tab();
    await waitFor(() => expect(bridge.callsOf('search.query').at(-1)).toMatchObject({ from: '2025-11-01' }));

    // Typed over the day: 1 November or 11 January? Neither is guessed.
    const sent = bridge.callsOf('search.query').length;
    await u.type(from, '1/11/2025', { initialSelectionStart: 0, initialSelectionEnd: shown(from).length });
    await u.tab();
    expect(await screen.findByText('A date in the filters is not a date.')).toBeTruthy();
    expect(shown(from)).toBe('1/11/2025');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callsOf('search.query').slice(sent)).toEqual([]);
  });

  test('a rep’s history is not asked for with a date that is not one, and says why', async () => {
    stubSystemLocale('en-GB');
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1/history', { reps: [{ name: 'Ana Silva' }] });
    const to = await screen.findByRole('textbox', { name: 'To date' });
    await u.type(to, '30 Nov 2025');
    await u.tab();
    await waitFor(() => expect(bridge.callsOf('timeline.page').at(-1)).toMatchObject({ to: '2025-11-30' }));

    const sent = bridge.callsOf('timeline.page').length;
    await u.type(to, '30 Novembre', { initialSelectionStart: 0, initialSelectionEnd: shown(to).length });
    await u.tab();
    expect(await screen.findByText('Fix the dates above to see the history.')).toBeTruthy();
    expect(screen.getByText(/^Not a date\. Type it like 27 Nov 2026 or 2026-11-27\.$/)).toBeTruthy();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(bridge.callsOf('timeline.page').slice(sent)).toEqual([]);
  });
});
