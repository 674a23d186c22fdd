import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { FakeBridge } from '../fake-bridge';
import { renderApp } from '../render-app';

describe('agenda templates in Settings', () => {
  test('built-in templates can be copied but not edited or archived', async () => {
    renderApp('/settings', { reps: [] });
    const list = await screen.findByRole('list', { name: 'Agenda templates' });
    expect(within(list).getByText('Weekly check-in')).toBeTruthy();
    expect(within(list).getAllByText('Built-in')).toHaveLength(2);
    expect(within(list).getByRole('button', { name: 'Copy Weekly check-in' })).toBeTruthy();
    expect(within(list).queryByRole('button', { name: 'Edit Weekly check-in' })).toBeNull();
    expect(within(list).queryByRole('button', { name: 'Archive Weekly check-in' })).toBeNull();
  });

  test('Copy starts a new template from the built-in one', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/settings', { reps: [] });
    await u.click(await screen.findByRole('button', { name: 'Copy Pipeline review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Copy agenda template' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveProperty('value', 'Copy of Pipeline review');
    await u.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await waitFor(() =>
      expect(bridge.callsOf('templates.create')).toEqual([
        { name: 'Copy of Pipeline review', description: '', sections: [{ title: 'Top deals', prompts: [] }] },
      ]),
    );
  });

  test('a new template with sections and prompts; a section needs a title', async () => {
    const u = userEvent.setup();
    const { bridge } = renderApp('/settings', { reps: [] });
    await u.click(await screen.findByRole('button', { name: 'New template' }));
    const dialog = await screen.findByRole('dialog', { name: 'New agenda template' });
    await u.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Quarterly review');
    await u.click(within(dialog).getByRole('button', { name: 'Save template' }));
    expect(await within(dialog).findByText('Each section needs a title')).toBeTruthy();
    expect(bridge.callsOf('templates.create')).toEqual([]);

    await u.type(within(dialog).getByRole('textbox', { name: 'Section 1' }), 'Numbers');
    await u.type(
      within(dialog).getByRole('textbox', { name: 'Prompts for section 1' }),
      'Quota attainment?{Enter}Pipeline coverage?',
    );
    await u.click(within(dialog).getByRole('button', { name: 'Add section' }));
    await u.type(within(dialog).getByRole('textbox', { name: 'Section 2' }), 'Growth');
    await u.click(within(dialog).getByRole('button', { name: 'Move section 2 up' }));
    await u.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await waitFor(() =>
      expect(bridge.callsOf('templates.create')).toEqual([
        {
          name: 'Quarterly review',
          description: '',
          sections: [
            { title: 'Growth', prompts: [] },
            { title: 'Numbers', prompts: ['Quota attainment?', 'Pipeline coverage?'] },
          ],
        },
      ]),
    );
    expect(await screen.findByText('Quarterly review')).toBeTruthy();
  });

  test('own templates can be edited and archived', async () => {
    const u = userEvent.setup();
    const bridge = new FakeBridge({ reps: [] });
    bridge.data.templates.push({
      id: 50,
      name: 'Deal desk',
      description: null,
      builtinKey: null,
      archivedAt: null,
      sections: [{ title: 'Deals', prompts: [] }],
    });
    renderApp('/settings', bridge);
    await u.click(await screen.findByRole('button', { name: 'Edit Deal desk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit agenda template' });
    await u.type(within(dialog).getByRole('textbox', { name: 'Name' }), ' weekly');
    await u.click(within(dialog).getByRole('button', { name: 'Save template' }));
    await waitFor(() =>
      expect(bridge.callsOf('templates.update')).toMatchObject([{ id: 50, name: 'Deal desk weekly' }]),
    );

    await u.click(await screen.findByRole('button', { name: 'Archive Deal desk weekly' }));
    await waitFor(() => expect(bridge.callsOf('templates.archive')).toEqual([{ id: 50 }]));
    await waitFor(() => expect(screen.queryByText('Deal desk weekly')).toBeNull());
  });
});
