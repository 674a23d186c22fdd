import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addDays, format } from 'date-fns';
import { describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';
import { formatInputDay } from '../../../src/renderer/src/forms/date-input-formats';

const dayIn = (days: number) => format(addDays(new Date(), days), 'yyyy-MM-dd');

const twoReps = () => new FakeBridge({ reps: [{ name: 'Ana Silva' }, { name: 'Ben Okafor' }] });

async function openForm(scope: HTMLElement, button = 'New action item') {
  await userEvent.click(await within(scope).findByRole('button', { name: button }));
  return screen.findByRole('dialog', { name: 'New action item' });
}

/** The text a screen reader reads after the field's name: its description and error. */
const describedBy = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => (id ? document.getElementById(id)?.textContent : ''))
    .join(' ');

describe('new action item from the Action items page', () => {
  test('for a rep picked by name, owned by the manager, with a due date: listed once saved', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/action-items', twoReps());
    const dialog = await openForm(document.body);
    const rep = within(dialog).getByRole('combobox', { name: 'Rep' });
    await waitFor(() => expect(document.activeElement).toBe(rep));

    await u.type(rep, 'Ben');
    await u.click(await screen.findByRole('option', { name: 'Ben Okafor' }));
    await u.click(within(dialog).getByRole('radio', { name: 'You' }));
    const due = dayIn(10);
    await u.type(within(dialog).getByRole('textbox', { name: 'Due date' }), due);
    await u.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Get pricing approval{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New action item' })).toBeNull());
    expect(bridge.callsOf('actionItems.create')).toEqual([
      { repId: 2, title: 'Get pricing approval', owner: 'manager', dueDate: due, goalId: null },
    ]);
    expect(screen.getByText('Action item added')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Action items' });
    const row = (await within(table).findByRole('button', { name: 'Rename “Get pricing approval”' })).closest('tr');
    if (!row) throw new Error('no row for the new item');
    expect(within(row).getByRole('link', { name: 'Ben Okafor' })).toBeTruthy();
    expect(
      (within(row).getByRole('combobox', { name: 'Owner of “Get pricing approval”' }) as HTMLInputElement).value,
    ).toBe('You');
    expect(within(row).getByRole('button', { name: 'Due date of “Get pricing approval”' }).textContent).toBe(
      formatInputDay(due),
    );
  });

  test('an empty form says what is missing next to each field and sends nothing', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/action-items', twoReps());
    const dialog = await openForm(document.body);
    await u.click(within(dialog).getByRole('button', { name: 'Add action item' }));

    const rep = within(dialog).getByRole('combobox', { name: 'Rep' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    expect(describedBy(rep)).toContain('Pick the rep this action item is for');
    expect(describedBy(title)).toContain('Title is required');
    expect(document.activeElement).toBe(rep);

    // Whitespace is no title either.
    await u.click(rep);
    await u.click(await screen.findByRole('option', { name: 'Ana Silva' }));
    await u.type(title, '   {Enter}');
    expect(describedBy(title)).toContain('Title is required');
    expect(describedBy(rep)).not.toContain('Pick the rep');
    expect(bridge.callsOf('actionItems.create')).toEqual([]);
    expect(screen.getByRole('dialog', { name: 'New action item' })).toBeTruthy();
  });

  test('a rep archived meanwhile: main’s refusal is shown and the typed text stays', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/action-items', twoReps());
    const dialog = await openForm(document.body);
    await u.click(within(dialog).getByRole('combobox', { name: 'Rep' }));
    await u.click(await screen.findByRole('option', { name: 'Ana Silva' }));
    const ana = bridge.reps[0];
    if (ana) ana.status = 'archived';
    await u.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Send the Initech proposal{Enter}');

    expect(await screen.findByText('Could not add the action item')).toBeTruthy();
    expect(screen.getByText('Ana Silva is archived. Unarchive the rep to add an action item.')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'New action item' })).toBeTruthy();
    expect((within(dialog).getByRole('textbox', { name: 'Title' }) as HTMLInputElement).value).toBe(
      'Send the Initech proposal',
    );
    expect(bridge.data.actionItems).toEqual([]);
  });
});

describe('new action item from a rep page', () => {
  test('the rep is given, not asked; due by default on the day of the next one-on-one', async () => {
    const u = userEvent.setup();
    const bridge = twoReps();
    const nextOneOnOne = addDays(new Date(), 4);
    bridge.data.addMeeting({ repId: 1, scheduledAt: addDays(new Date(), 11).toISOString() });
    bridge.data.addMeeting({ repId: 1, scheduledAt: nextOneOnOne.toISOString() });
    renderApp('/reps/1', bridge);
    const section = await screen.findByRole('region', { name: 'Action items' });
    const dialog = await openForm(section);

    expect(within(dialog).queryByRole('combobox', { name: 'Rep' })).toBeNull();
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    const due = within(dialog).getByRole('textbox', { name: 'Due date' }) as HTMLInputElement;
    await waitFor(() => expect(due.value).toBe(formatInputDay(format(nextOneOnOne, 'yyyy-MM-dd'))));
    expect(describedBy(due)).toContain('The day of your next one-on-one');

    await u.type(title, 'Send the Initech proposal{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New action item' })).toBeNull());
    expect(bridge.callsOf('actionItems.create')).toEqual([
      {
        repId: 1,
        title: 'Send the Initech proposal',
        owner: 'rep',
        dueDate: format(nextOneOnOne, 'yyyy-MM-dd'),
        goalId: null,
      },
    ]);
    expect(await within(section).findByRole('button', { name: 'Rename “Send the Initech proposal”' })).toBeTruthy();
    expect(
      screen.getByText('“Send the Initech proposal” comes up for follow-up in your next one-on-one with Ana Silva.'),
    ).toBeTruthy();
  });

  test('an archived rep takes no new action items', async () => {
    renderApp('/reps/1', { reps: [{ name: 'Ana Silva', status: 'archived' }] });
    const section = await screen.findByRole('region', { name: 'Action items' });
    expect((within(section).getByRole('button', { name: 'New action item' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('new action item from a goal page', () => {
  async function bridgeWithGoal() {
    const bridge = twoReps();
    const created = await bridge.invoke('goals.create', {
      repId: 1,
      kind: 'milestone',
      title: 'Land Initech',
      endDate: dayIn(60),
    });
    if (!created.ok) throw new Error('goal not created');
    return { bridge, goal: created.value };
  }

  test('“Add a commitment” links the new item to the goal, which lists it', async () => {
    const u = userEvent.setup();
    const { bridge, goal } = await bridgeWithGoal();
    renderApp(`/goals/${goal.id}`, bridge);
    const commitments = await screen.findByRole('region', { name: 'Linked commitments' });
    const dialog = await openForm(commitments, 'Add a commitment');

    expect(within(dialog).queryByRole('combobox', { name: 'Rep' })).toBeNull();
    const goalField = within(dialog).getByRole('combobox', { name: 'Goal' }) as HTMLInputElement;
    await waitFor(() => expect(goalField.value).toBe('Land Initech'));
    await u.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Book the Initech demo{Enter}');

    expect(await within(commitments).findByText('Book the Initech demo')).toBeTruthy();
    expect(bridge.callsOf('actionItems.create')).toEqual([
      { repId: 1, title: 'Book the Initech demo', owner: 'rep', dueDate: null, goalId: goal.id },
    ]);
  });

  test('an archived rep’s goal offers no new commitment, and says why', async () => {
    const { bridge, goal } = await bridgeWithGoal();
    await bridge.invoke('reps.archive', { id: 1 });
    renderApp(`/goals/${goal.id}`, bridge);
    const commitments = await screen.findByRole('region', { name: 'Linked commitments' });
    expect(
      await within(commitments).findByText('Ana Silva is archived. Unarchive the rep to add a commitment.'),
    ).toBeTruthy();
    const add = within(commitments).getByRole('button', { name: 'Add a commitment' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
  });

  test('a goal error from main lands under the Goal field, not in a notification', async () => {
    const u = userEvent.setup();
    const { bridge, goal } = await bridgeWithGoal();
    renderApp(`/goals/${goal.id}`, bridge);
    const dialog = await openForm(
      await screen.findByRole('region', { name: 'Linked commitments' }),
      'Add a commitment',
    );
    bridge.failNext('actionItems.create', {
      code: 'invalid_input',
      message: 'That goal belongs to another rep; pick one of this rep’s goals.',
      field: 'goalId',
    });
    await u.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Book the Initech demo{Enter}');

    await waitFor(() =>
      expect(describedBy(within(dialog).getByRole('combobox', { name: 'Goal' }))).toContain(
        'That goal belongs to another rep',
      ),
    );
    expect(screen.queryByText('Could not add the action item')).toBeNull();
    expect(screen.getByRole('dialog', { name: 'New action item' })).toBeTruthy();
  });
});
