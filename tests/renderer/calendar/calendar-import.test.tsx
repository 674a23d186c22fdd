import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, addWeeks, startOfDay } from 'date-fns';
import { describe, expect, test } from 'vitest';
import type { CalendarImportPreview, PreviewOccurrence } from '@shared/calendar/calendar';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

const FROM = startOfDay(new Date());
const weekly = (weeks: number, extra: Partial<PreviewOccurrence> = {}): PreviewOccurrence[] =>
  Array.from({ length: weeks }, (_, week) => ({
    startsAt: addWeeks(addDays(FROM, 1), week).toISOString(),
    durationMinutes: 30,
    cancelled: false,
    moved: false,
    imported: false,
    ...extra,
  }));

const PREVIEW: CalendarImportPreview = {
  token: '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b',
  fileName: 'Calendar.ics',
  producer: 'Outlook',
  from: FROM.toISOString(),
  otherEventCount: 3,
  skipped: [{ title: 'Quarter close', reason: 'it is an all-day event; a one-on-one has a time.' }],
  series: [
    {
      uid: 'ana-series',
      title: 'Ana / Mia 1:1',
      reason: 'Two people: you and Ana Silva',
      timeZone: 'Europe/Berlin',
      person: { name: 'Ana Silva', email: 'ana@example.com' },
      match: { kind: 'rep', repId: 1, repName: 'Ana Silva', by: 'email' },
      occurrences: [
        ...weekly(2),
        { ...weekly(1)[0]!, startsAt: addWeeks(FROM, 2).toISOString(), cancelled: true },
        ...weekly(26).slice(3),
      ],
    },
    {
      uid: 'cara-series',
      title: 'Cara <> Mia',
      reason: 'Two people: you and cara.lee@example.com',
      timeZone: 'floating',
      person: { name: null, email: 'cara.lee@example.com' },
      match: { kind: 'new', name: 'Cara Lee', email: 'cara.lee@example.com' },
      occurrences: weekly(26),
    },
    {
      uid: 'old-series',
      title: '1:1 Old Rep',
      reason: 'The title says 1:1',
      timeZone: 'Europe/Berlin',
      person: null,
      match: { kind: 'archived', repId: 2, repName: 'Old Rep' },
      occurrences: weekly(26),
    },
  ],
};

const bridgeWithPreview = () => {
  const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }, { name: 'Old Rep', status: 'archived' }] });
  bridge.calendarPreview = PREVIEW;
  bridge.calendarImportResult = { scheduled: 24, rescheduled: 0, cancelled: 0, unchanged: 0, repsCreated: 1 };
  return bridge;
};

const openPreview = async (bridge: FakeBridge) => {
  const u = userEvent.setup();
  renderApp('/meetings', bridge);
  await u.click((await screen.findAllByRole('button', { name: 'Import from calendar…' }))[0]!);
  const dialog = await screen.findByRole('dialog', { name: 'Import one-on-ones from Calendar.ics' });
  return { u, dialog };
};

// The preview is a large Mantine modal; on a loaded two-core machine one test can pass 5 s.
describe('importing one-on-ones from a calendar file', { timeout: 20_000 }, () => {
  test('the preview lists each series with its rep, what it schedules within the horizon, and what was left out', async () => {
    const { dialog } = await openPreview(bridgeWithPreview());
    const ana = within(dialog).getByRole('region', { name: 'Ana / Mia 1:1' });
    expect(within(ana).getByText('Ana Silva')).toBeTruthy();
    expect(within(ana).getByText('Matched by e-mail')).toBeTruthy();
    // 12 weeks by default: 11 meetings and the one the calendar cancelled.
    expect(within(ana).getByText('11 one-on-ones · 1 cancelled in the calendar')).toBeTruthy();
    expect(within(ana).getByText(/Set in Europe\/Berlin; shown in your time zone/)).toBeTruthy();
    const cara = within(dialog).getByRole('region', { name: 'Cara <> Mia' });
    expect(within(cara).getByRole('textbox', { name: 'New rep' })).toHaveProperty('value', 'Cara Lee');
    expect(within(cara).getByText(/Times as in your calendar, in your time zone/)).toBeTruthy();
    const old = within(dialog).getByRole('region', { name: '1:1 Old Rep' });
    expect(within(old).getByText('Old Rep is archived. Unarchive the rep to import these one-on-ones.')).toBeTruthy();
    expect(within(old).getByRole('checkbox')).toHaveProperty('disabled', true);
    expect(within(dialog).getByText(/3 other events were left out/)).toBeTruthy();
    expect(within(dialog).getByText('“Quarter close”: it is an all-day event; a one-on-one has a time.')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Schedule 23 one-on-ones' })).toBeTruthy();
  });

  test('confirms the picked series by the preview’s token, with the horizon and the new rep’s corrected name', async () => {
    const bridge = bridgeWithPreview();
    const { u, dialog } = await openPreview(bridge);
    await u.click(within(dialog).getAllByLabelText('Schedule')[0]!);
    await u.click(await screen.findByRole('option', { name: 'The next 4 weeks' }));
    const name = within(within(dialog).getByRole('region', { name: 'Cara <> Mia' })).getByRole('textbox', {
      name: 'New rep',
    });
    await u.clear(name);
    await u.type(name, 'Cara Lee-Smith');
    await u.click(within(dialog).getByRole('button', { name: 'Schedule 7 one-on-ones' }));
    await waitFor(() =>
      expect(bridge.callsOf('calendar.confirmImport')).toEqual([
        {
          token: PREVIEW.token,
          horizonWeeks: 4,
          series: [
            { uid: 'ana-series', repId: 1 },
            { uid: 'cara-series', newRep: { name: 'Cara Lee-Smith', email: 'cara.lee@example.com' } },
          ],
        },
      ]),
    );
    expect(await screen.findByText('Scheduled 24 one-on-ones; 1 new rep.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('a new rep needs a name, and unticking every series leaves nothing to schedule', async () => {
    const { u, dialog } = await openPreview(bridgeWithPreview());
    const cara = within(dialog).getByRole('region', { name: 'Cara <> Mia' });
    await u.clear(within(cara).getByRole('textbox', { name: 'New rep' }));
    expect(within(cara).getByText('Name is required')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: /^Schedule/ })).toHaveProperty('disabled', true);
    await u.click(within(cara).getByRole('checkbox'));
    await u.click(within(within(dialog).getByRole('region', { name: 'Ana / Mia 1:1' })).getByRole('checkbox'));
    expect(within(dialog).getByRole('button', { name: 'Schedule 0 one-on-ones' })).toHaveProperty('disabled', true);
  });

  test('a cancelled open dialog shows nothing', async () => {
    const bridge = new FakeBridge({ reps: [] });
    const u = userEvent.setup();
    renderApp('/meetings', bridge);
    await u.click((await screen.findAllByRole('button', { name: 'Import from calendar…' }))[0]!);
    await waitFor(() => expect(bridge.callsOf('calendar.previewImport')).toHaveLength(1));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('exporting one-on-ones to a calendar file', { timeout: 20_000 }, () => {
  test('from a rep’s Export menu, for that rep', async () => {
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
    bridge.dialogPath = '/home/mia/Documents/One-on-ones with Ana Silva.ics';
    const u = userEvent.setup();
    renderApp('/reps/1', bridge);
    await u.click(await screen.findByRole('button', { name: 'Export' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Upcoming one-on-ones to calendar (.ics)…' }));
    await waitFor(() => expect(bridge.callsOf('calendar.export')).toEqual([{ repId: 1 }]));
    expect(await screen.findByText('Calendar file exported')).toBeTruthy();
  });

  test('from the One-on-ones page, for everyone', async () => {
    const bridge = new FakeBridge({ reps: [{ name: 'Ana Silva' }] });
    bridge.data.addMeeting({ repId: 1, scheduledAt: addDays(new Date(), 1).toISOString() });
    bridge.dialogPath = '/home/mia/Documents/One-on-ones.ics';
    const u = userEvent.setup();
    renderApp('/meetings', bridge);
    await u.click(await screen.findByRole('button', { name: 'Export to calendar (.ics)…' }, { timeout: 5000 }));
    await waitFor(() => expect(bridge.callsOf('calendar.export')).toEqual([{}]));
  });
});
