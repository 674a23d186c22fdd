import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { renderApp } from '../render-app';

describe('goal form', () => {
  test('messages appear next to the fields and nothing is sent while the form is wrong', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', { reps: [{ name: 'Ana Ruiz' }] });
    const goals = await screen.findByRole('region', { name: 'Goals' });
    await u.click(within(goals).getByRole('button', { name: 'New goal' }));
    const dialog = await screen.findByRole('dialog', { name: 'New goal' });
    await u.click(within(dialog).getByRole('button', { name: 'Add goal' }));
    expect(within(dialog).getByText('Title is required')).toBeTruthy();
    expect(within(dialog).getByText('Metric is required')).toBeTruthy();
    expect(within(dialog).getByText('Target value must be a number')).toBeTruthy();
    // The target equal to the start has no distance to pace (the product rules' pacing rule).
    await u.type(within(dialog).getByRole('textbox', { name: 'Target value' }), '0');
    await u.click(within(dialog).getByRole('button', { name: 'Add goal' }));
    expect(within(dialog).getByText('The target must differ from the start value')).toBeTruthy();
    expect(bridge.calls.some((call) => call.method === 'goals.create')).toBe(false);
  });

  test('a valid metric goal is created and listed with the rep', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/reps/1', { reps: [{ name: 'Ana Ruiz' }] });
    const goals = await screen.findByRole('region', { name: 'Goals' });
    await u.click(within(goals).getByRole('button', { name: 'New goal' }));
    const dialog = await screen.findByRole('dialog', { name: 'New goal' });
    await u.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Q1 calls');
    await u.type(within(dialog).getByRole('combobox', { name: 'Metric' }), 'Calls made');
    await u.type(within(dialog).getByRole('textbox', { name: 'Target value' }), '120');
    await u.type(within(dialog).getByRole('textbox', { name: 'End date' }), '2099-12-31');
    await u.click(within(dialog).getByRole('button', { name: 'Add goal' }));
    expect(
      within(dialog)
        .queryAllByText(/must|required/)
        .map((node) => node.textContent),
    ).toEqual([]);
    expect(await within(goals).findByRole('link', { name: 'Q1 calls' })).toBeTruthy();
    expect(bridge.history.goals[0]).toMatchObject({ title: 'Q1 calls', targetValue: 120, endDate: '2099-12-31' });
  });
});
